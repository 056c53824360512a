import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { scratchDir } from "@/tests/support/scratch-dir";

/**
 * Real processes for the reliability tests: the production server
 * (scripts/serve.ts, what `npm start` runs after preparing the database),
 * `npm start` itself and the db:* scripts, each in its own process group so
 * a test can signal the whole tree. Needs a production build (`next build`).
 */

const root = process.cwd();
const tsxCli = path.join(root, "node_modules/tsx/dist/cli.mjs");

/** Ports from the reliability range (RELIABILITY_PORT, default 3750). */
const basePort = Number(process.env.RELIABILITY_PORT ?? 3750);
let nextPort = basePort;
export function takePort(): number {
  return nextPort++;
}

/** A SQLite file in a fresh folder, removed with its files when the test has finished (after killAll). */
export function scratchDatabase(name = "triage.db"): { dir: string; file: string; url: string } {
  const dir = scratchDir("triage-reliability-");
  const file = path.join(dir, name);
  return { dir, file, url: `file:${file}` };
}

export interface Proc {
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
  /** Signals the whole process group. */
  signal(signal: NodeJS.Signals): void;
}

const running = new Set<Proc>();

function launch(args: string[], env: Record<string, string>): Proc {
  const child = spawn(process.execPath, args, {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", TRIAGE_API_TOKEN: "", TRIAGE_AUTH: "none", HOSTNAME: "127.0.0.1", ...env },
  });
  let out = "";
  child.stdout?.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<number | string>((resolve) => child.on("exit", (code, signal) => resolve(code ?? signal ?? -1)));
  const proc: Proc = {
    child,
    output: () => out,
    exited,
    signal: (signal) => {
      try {
        if (child.pid) process.kill(-child.pid, signal);
      } catch {
        // Already gone.
      }
    },
  };
  running.add(proc);
  void exited.then(() => running.delete(proc));
  return proc;
}

/** A TypeScript script of the project, run as `npm run` runs it (tsx, react-server condition). */
export function runScript(script: string, args: string[], env: Record<string, string>): Proc {
  return launch([tsxCli, "--conditions=react-server", script, ...args], env);
}

/** The production server alone (the database must be prepared): one node process, so SIGKILL hits the server itself. */
export function startServer(databaseUrl: string, port: number): Proc {
  return launch(["--import", "tsx", "scripts/serve.ts"], { DATABASE_URL: databaseUrl, PORT: String(port) });
}

/** Kills whatever a test left running (afterEach/afterAll). */
export async function killAll(): Promise<void> {
  const procs = [...running];
  for (const proc of procs) proc.signal("SIGKILL");
  await Promise.all(procs.map((p) => p.exited));
}

export async function waitForHealth(port: number, proc: Proc, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitedWith: number | string | undefined;
  void proc.exited.then((code) => (exitedWith = code));
  while (Date.now() < deadline) {
    if (exitedWith !== undefined) throw new Error(`The server on port ${port} exited (${exitedWith}) before it was healthy:\n${proc.output()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server on port ${port} was not healthy after ${timeoutMs / 1000} s:\n${proc.output()}`);
}

let serial = 0;
/** A valid incident for POST /api/incidents, with a title unique to this run. */
export function incidentBody(tag: string): { title: string; [key: string]: unknown } {
  serial += 1;
  return {
    title: `${tag} ${process.pid}-${serial}`,
    severity: "SEV3",
    service: "reliability",
    environment: "test",
    reporter: "reliability-test",
    startedAt: new Date().toISOString(),
  };
}

/**
 * Creates incidents one after another on `concurrency` lanes until stop()
 * is called (or the server goes away); remembers the titles answered 201.
 */
export function writeLoad(port: number, tag: string, concurrency = 4) {
  const acknowledged: string[] = [];
  const failures: string[] = [];
  let stopped = false;
  const lane = async () => {
    while (!stopped) {
      const body = incidentBody(tag);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/incidents`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        });
        if (response.status === 201) acknowledged.push(body.title);
        else failures.push(`${response.status} ${await response.text()}`);
      } catch (error) {
        failures.push(String(error));
        if (stopped) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  };
  const lanes = Array.from({ length: concurrency }, lane);
  return {
    acknowledged,
    failures,
    async stop() {
      stopped = true;
      await Promise.all(lanes);
    },
  };
}
