/**
 * Exit status decoder. A status is 0–255; `exit N` in bash keeps N mod 256 (exit -1 → 255,
 * exit 256 → 0); a process killed by signal n shows as 128 + n in the shell and in
 * Kubernetes' "exitCode". Signal numbers are Linux x86/ARM ones.
 */
import { formatInt } from "./format";
import type { ConfigLine, FieldErrors, ParseResult, ParamsLike, RawInputs, Step } from "./types";
import { rawFromParams, rawToParams } from "./url";

export const EXIT_FIELDS = ["code"] as const;
export type ExitField = (typeof EXIT_FIELDS)[number];
export type ExitRaw = RawInputs<ExitField>;
export const EXIT_DEFAULTS: ExitRaw = { code: "137" };

export type ExitInput = { code: bigint };

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

export function parseExitInput(raw: ExitRaw): ParseResult<ExitInput, ExitField> {
  const errors: FieldErrors<ExitField> = {};
  const text = (raw.code ?? "").trim();
  if (text === "") errors.code = "Required.";
  else if (/^[+-]?\d*\.\d+$|^[+-]?\d+\.\d*$/.test(text)) errors.code = "Must be a whole number (bash answers “exit: numeric argument required” and exits with 2).";
  else if (!/^[+-]?\d+$/.test(text)) errors.code = `Not a number: “${text}”.`;
  else {
    const value = BigInt(text);
    if (value < INT64_MIN || value > INT64_MAX) errors.code = "Out of range for the shell (64-bit): bash rejects it and exits with 2.";
    else return { ok: true, input: { code: value } };
  }
  return { ok: false, errors };
}

type SignalInfo = { name: string; description: string; action: "terminate" | "core dump" | "stop" | "ignore" };

/** Linux signal numbers (x86 / ARM; MIPS, SPARC and Alpha differ). */
export const SIGNALS: Record<number, SignalInfo> = {
  1: { name: "SIGHUP", description: "hangup: the controlling terminal closed, or a reload request", action: "terminate" },
  2: { name: "SIGINT", description: "interrupt from the keyboard (Ctrl-C)", action: "terminate" },
  3: { name: "SIGQUIT", description: "quit from the keyboard (Ctrl-\\)", action: "core dump" },
  4: { name: "SIGILL", description: "illegal instruction", action: "core dump" },
  5: { name: "SIGTRAP", description: "trace or breakpoint trap", action: "core dump" },
  6: { name: "SIGABRT", description: "abort(): an assertion failed or the runtime aborted (glibc heap corruption, Go's fatal error with GOTRACEBACK=crash)", action: "core dump" },
  7: { name: "SIGBUS", description: "bus error: bad memory access, often a truncated mmap'ed file", action: "core dump" },
  8: { name: "SIGFPE", description: "arithmetic error, e.g. integer division by zero", action: "core dump" },
  9: { name: "SIGKILL", description: "killed, cannot be caught: the OOM killer, kill -9, or a runtime that stopped waiting after SIGTERM", action: "terminate" },
  10: { name: "SIGUSR1", description: "user-defined signal 1", action: "terminate" },
  11: { name: "SIGSEGV", description: "segmentation fault: invalid memory reference", action: "core dump" },
  12: { name: "SIGUSR2", description: "user-defined signal 2", action: "terminate" },
  13: { name: "SIGPIPE", description: "write to a pipe or socket with no reader", action: "terminate" },
  14: { name: "SIGALRM", description: "timer from alarm()", action: "terminate" },
  15: { name: "SIGTERM", description: "termination request: docker stop, kubelet stopping a pod, systemctl stop, plain kill", action: "terminate" },
  16: { name: "SIGSTKFLT", description: "stack fault on coprocessor (unused)", action: "terminate" },
  17: { name: "SIGCHLD", description: "child stopped or terminated", action: "ignore" },
  18: { name: "SIGCONT", description: "continue if stopped", action: "ignore" },
  19: { name: "SIGSTOP", description: "stop process, cannot be caught", action: "stop" },
  20: { name: "SIGTSTP", description: "stop typed at the terminal (Ctrl-Z)", action: "stop" },
  21: { name: "SIGTTIN", description: "terminal input for a background process", action: "stop" },
  22: { name: "SIGTTOU", description: "terminal output for a background process", action: "stop" },
  23: { name: "SIGURG", description: "urgent data on a socket (Go uses it for goroutine preemption)", action: "ignore" },
  24: { name: "SIGXCPU", description: "CPU time limit exceeded (RLIMIT_CPU)", action: "core dump" },
  25: { name: "SIGXFSZ", description: "file size limit exceeded (RLIMIT_FSIZE)", action: "core dump" },
  26: { name: "SIGVTALRM", description: "virtual alarm clock", action: "terminate" },
  27: { name: "SIGPROF", description: "profiling timer expired", action: "terminate" },
  28: { name: "SIGWINCH", description: "window resize", action: "ignore" },
  29: { name: "SIGIO", description: "I/O now possible", action: "terminate" },
  30: { name: "SIGPWR", description: "power failure", action: "terminate" },
  31: { name: "SIGSYS", description: "bad system call (seccomp filter)", action: "core dump" },
};

/** BSD sysexits.h codes some programs use. */
const SYSEXITS: Record<number, string> = {
  64: "EX_USAGE: command line usage error",
  65: "EX_DATAERR: data format error",
  66: "EX_NOINPUT: cannot open input",
  67: "EX_NOUSER: addressee unknown",
  68: "EX_NOHOST: host name unknown",
  69: "EX_UNAVAILABLE: service unavailable",
  70: "EX_SOFTWARE: internal software error",
  71: "EX_OSERR: system error (e.g. cannot fork)",
  72: "EX_OSFILE: critical OS file missing",
  73: "EX_CANTCREAT: cannot create output file",
  74: "EX_IOERR: input/output error",
  75: "EX_TEMPFAIL: temporary failure, retry",
  76: "EX_PROTOCOL: remote error in protocol",
  77: "EX_NOPERM: permission denied",
  78: "EX_CONFIG: configuration error",
};

export function signalName(n: number): string {
  if (SIGNALS[n]) return SIGNALS[n].name;
  if (n === 34) return "SIGRTMIN";
  if (n === 64) return "SIGRTMAX";
  if (n > 34 && n < 64) return n <= 49 ? `SIGRTMIN+${n - 34}` : `SIGRTMAX-${64 - n}`;
  return `signal ${n}`;
}

export type ExitCategory = "success" | "error" | "shell" | "signal" | "out-of-range";

export type ExitResult = {
  /** The status as the shell shows it (0–255). */
  status: number;
  wrapped: boolean;
  category: ExitCategory;
  title: string;
  meaning: string;
  signal: { number: number; name: string; description: string; action: string } | null;
  /** What usually causes it, in containers and on hosts. */
  causes: string[];
  /** Terms to search the runbooks for. */
  searchTerms: string[];
  steps: Step[];
  configLines: ConfigLine[];
};

export function calculateExit(i: ExitInput): ExitResult {
  const status = Number(((i.code % 256n) + 256n) % 256n);
  const wrapped = i.code < 0n || i.code > 255n;
  const steps: Step[] = [];
  if (wrapped) steps.push({ label: "Wrap to 0–255", formula: `${i.code.toString()} mod 256 (bash keeps the low 8 bits)`, value: String(status) });
  let category: ExitCategory = "error";
  let title = "Application-defined error";
  let meaning = "The program chose this status; check its documentation or logs.";
  let signal: ExitResult["signal"] = null;
  let causes: string[] = [];
  let searchTerms: string[] = [`exit code ${status}`];

  if (status === 0) {
    category = "success";
    title = "Success";
    meaning = "The process exited normally. In Kubernetes a container that exits 0 is Completed; with restartPolicy Always it is restarted anyway (CrashLoopBackOff if it keeps exiting).";
    causes = ["A one-shot command or job finished.", "A long-running service exited cleanly when it should not have (missing foreground flag, e.g. nginx without daemon off)."];
    searchTerms = ["Completed", "CrashLoopBackOff"];
  } else if (status === 1) {
    title = "General error";
    meaning = "Catch-all for general errors (e.g. let \"1/0\" in bash, an uncaught exception in many runtimes).";
    causes = ["Unhandled exception or failed startup check: read the container's previous logs."];
    searchTerms = ["exit code 1", "CrashLoopBackOff"];
  } else if (status === 2) {
    category = "shell";
    title = "Misuse of shell builtins";
    meaning = "Bash: a builtin was misused (missing keyword, bad option, exit with a non-numeric argument). Many tools also use 2 for usage errors.";
    causes = ["Bad command-line flags or a syntax error in a script."];
  } else if (status === 126) {
    category = "shell";
    title = "Command cannot execute";
    meaning = "The file was found but could not be executed: no execute permission, not a binary (e.g. /dev/null), or a wrong architecture.";
    causes = ["chmod +x missing on an entrypoint script.", "Image built for another CPU architecture (exec format error).", "noexec mount."];
    searchTerms = ["exit code 126", "exec format error", "permission denied"];
  } else if (status === 127) {
    category = "shell";
    title = "Command not found";
    meaning = "The shell could not find the command: a typo, a missing package, or a PATH without its directory.";
    causes = ["PATH in cron or a minimal image lacks the directory (cron's default PATH is /usr/bin:/bin).", "Entrypoint or interpreter missing from the image (e.g. bash in an alpine image)."];
    searchTerms = ["command not found", "PATH", "cron"];
  } else if (status === 128) {
    category = "shell";
    title = "Invalid argument to exit (128 + 0)";
    meaning = "Signal 0 does not exist, so 128 is not a signal death. Old guides list it as “invalid argument to exit”; today it is usually just a program's own choice (git uses 128 for fatal errors).";
  } else if (status > 128 && status <= 128 + 64) {
    const n = status - 128;
    category = "signal";
    const info = SIGNALS[n];
    const name = signalName(n);
    signal = { number: n, name, description: info?.description ?? (n >= 34 ? "real-time signal" : "signal"), action: info?.action ?? "terminate" };
    title = `Killed by ${name}`;
    meaning = `128 + ${n}: the process was terminated by signal ${n} (${name}${info ? `: ${info.description}` : ""}).`;
    steps.push({ label: "Signal number", formula: `${status} − 128`, value: `${n} (${name})` });
    if (n === 9) {
      causes = [
        "The kernel OOM killer: container memory limit reached (Kubernetes reason OOMKilled) or the node ran out of memory.",
        "kill -9, or the kubelet / docker stop killing the process after the grace period (SIGTERM was ignored).",
        "A liveness probe failing long enough to restart the container (after SIGTERM and the grace period).",
      ];
      searchTerms = ["OOMKilled", "exit code 137", "memory limit", "liveness probe"];
    } else if (n === 15) {
      causes = ["A normal stop: kubectl delete, a rollout, node drain, docker stop, systemctl stop.", "The process did not handle SIGTERM and died with the default action instead of exiting 0."];
      searchTerms = ["SIGTERM", "exit code 143", "graceful shutdown", "terminationGracePeriodSeconds"];
    } else if (n === 11) {
      causes = ["A crash in native code (C/C++ library, JNI, cgo) or an incompatible shared library (LD_PRELOAD, glibc/musl mix)."];
      searchTerms = ["SIGSEGV", "segmentation fault", "exit code 139"];
    } else if (n === 6) {
      causes = ["abort() from an assertion, glibc detecting heap corruption, or a runtime aborting on a fatal error."];
      searchTerms = ["SIGABRT", "exit code 134", "core dump"];
    } else if (n === 2) {
      causes = ["Ctrl-C in a terminal, or a supervisor forwarding SIGINT."];
      searchTerms = ["SIGINT", "exit code 130"];
    } else if (n === 13) {
      causes = ["The reader of a pipe or socket went away (e.g. `cmd | head`)."];
      searchTerms = ["SIGPIPE", "broken pipe"];
    } else {
      searchTerms = [name, `exit code ${status}`];
    }
  } else if (status > 192) {
    title = status === 255 ? "Exit status out of range (often exit -1)" : "Application-defined error";
    meaning =
      status === 255
        ? "255 is what `exit -1` becomes; ssh also returns 255 when the connection itself fails. Not a signal: 128 + 127 is beyond the last signal (64)."
        : `Above 128 + 64, so not a signal death: the program chose ${status} (or exited with ${status - 256} and it wrapped).`;
    category = status === 255 ? "out-of-range" : "error";
  } else if (SYSEXITS[status]) {
    title = "sysexits.h code";
    meaning = `${SYSEXITS[status]} (BSD sysexits.h, used by some programs such as sendmail and some CLIs).`;
  }

  const configLines: ConfigLine[] = [
    { label: "Kubernetes: last state, reason and exit code", code: "kubectl get pod <pod> -o jsonpath='{.status.containerStatuses[*].lastState.terminated}'" },
    { label: "Logs of the previous (crashed) container", code: "kubectl logs <pod> --previous" },
  ];
  if (signal?.number === 9) configLines.push({ label: "Did the OOM killer do it?", code: "journalctl -k | grep -iE 'out of memory|oom-kill|killed process'" });
  if (category === "shell" && status === 127) configLines.push({ label: "Which PATH does the job see?", code: "env -i /bin/sh -c 'echo $PATH; command -v <cmd>'" });

  return { status, wrapped, category, title, meaning, signal, causes, searchTerms, steps: [...steps, { label: "Status", formula: "as shown by $? and exitCode", value: formatInt(status) }], configLines };
}

export function exitToParams(raw: ExitRaw): URLSearchParams {
  return rawToParams(raw, EXIT_FIELDS);
}

export function exitFromParams(params: ParamsLike | null | undefined): ExitRaw {
  return rawFromParams(params, EXIT_DEFAULTS);
}
