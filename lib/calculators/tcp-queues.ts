/**
 * TCP listen queues: the accept queue (ESTABLISHED, waiting for accept()) and the SYN queue
 * (request socks in SYN_RECV), from the listen() backlog and the sysctls.
 *
 * Kernel source followed:
 * - listen() (__sys_listen): backlog = min(backlog, net.core.somaxconn), stored by
 *   inet_csk_listen_start() as sk_max_ack_backlog. somaxconn is read once, at listen().
 * - sk_acceptq_is_full(): sk_ack_backlog > sk_max_ack_backlog ("greater than", so the queue
 *   holds backlog + 1; see commit 64a146513f8f).
 * - Legacy kernels (before 4.4, e.g. 3.10): reqsk_queue_alloc() sizes the SYN table:
 *   n = min(backlog', tcp_max_syn_backlog), n = max(n, 8), n = roundup_pow_of_two(n + 1),
 *   max_qlen_log = log2(n); reqsk_queue_is_full() when qlen >> max_qlen_log, i.e. qlen ≥ n.
 *   tcp_v4_conn_request() drops a SYN when sk_acceptq_is_full() && inet_csk_reqsk_queue_young() > 1.
 * - Current kernels (since "tcp: remove max_qlen_log", 4.4): no separate table;
 *   inet_csk_reqsk_queue_is_full() when qlen ≥ sk_max_ack_backlog (">" since 2025's
 *   "tcp/dccp: allow a connection when sk_max_ack_backlog is zero"). tcp_conn_request()
 *   drops any SYN while sk_acceptq_is_full() (LISTENOVERFLOWS, since 4.10's
 *   "tcp/dccp: drop SYN packets if accept queue is full").
 * - Both: with the queue full, tcp_syn_flood_action() sends a SYN cookie when tcp_syncookies
 *   is 1 or 2, else drops; tcp_syncookies=2 sends cookies for every SYN. Without syncookies a
 *   SYN from an unproven peer is dropped when max_syn_backlog − qlen < max_syn_backlog >> 2.
 * - Final ACK with a full accept queue: tcp_v4_syn_recv_sock() fails the sk_acceptq_is_full()
 *   check (LISTENOVERFLOWS); tcp_check_req() then ignores the ACK (request stays, SYN-ACK is
 *   retransmitted up to tcp_synack_retries) or, with tcp_abort_on_overflow=1, sends a RST.
 */
import { formatInt } from "./format";
import { MESSAGES, parseChoice, parseNumber } from "./parse";
import type { ConfigLine, FieldErrors, ParseResult, ParamsLike, RawInputs, Step } from "./types";
import { rawFromParams, rawToParams } from "./url";

export const TCP_FIELDS = ["backlog", "somaxconn", "synBacklog", "syncookies", "abortOnOverflow", "kernel"] as const;
export type TcpField = (typeof TCP_FIELDS)[number];
export type TcpRaw = RawInputs<TcpField>;

export const TCP_KERNELS = ["legacy", "current"] as const;
export type TcpKernel = (typeof TCP_KERNELS)[number];
export const TCP_KERNEL_LABELS: Record<TcpKernel, string> = {
  legacy: "Older: before 4.4 (e.g. 3.10)",
  current: "Current: 4.10 and later",
};

export const TCP_DEFAULTS: TcpRaw = {
  backlog: "511",
  somaxconn: "128",
  synBacklog: "1024",
  syncookies: "1",
  abortOnOverflow: "0",
  kernel: "legacy",
};

export type TcpInput = {
  backlog: number;
  somaxconn: number;
  synBacklog: number;
  syncookies: 0 | 1 | 2;
  abortOnOverflow: 0 | 1;
  kernel: TcpKernel;
};

const INT_MAX = 2_147_483_647;
/** Before 5.x sk_max_ack_backlog was 16 bits wide: a larger somaxconn wrapped. */
const LEGACY_BACKLOG_MAX = 65_535;

export function parseTcpInput(raw: TcpRaw): ParseResult<TcpInput, TcpField> {
  const errors: FieldErrors<TcpField> = {};
  const kernel = parseChoice(raw.kernel, TCP_KERNELS, "Kernel");
  const legacy = kernel.ok && kernel.value === "legacy";
  const backlog = parseNumber(raw.backlog, { min: 0, max: INT_MAX, integer: true });
  const somaxconn = parseNumber(raw.somaxconn, { min: 0, max: legacy ? LEGACY_BACKLOG_MAX : INT_MAX, integer: true });
  const synBacklog = parseNumber(raw.synBacklog, { min: 0, max: INT_MAX, integer: true });
  const syncookies = parseChoice(raw.syncookies, ["0", "1", "2"] as const, "tcp_syncookies");
  const abort = parseChoice(raw.abortOnOverflow, ["0", "1"] as const, "tcp_abort_on_overflow");

  if (!kernel.ok) errors.kernel = kernel.error;
  if (!backlog.ok) {
    errors.backlog =
      backlog.error === MESSAGES.negative ? "Must not be negative (the kernel reads a negative backlog as somaxconn: enter that value)." : backlog.error;
  }
  if (!somaxconn.ok) {
    errors.somaxconn =
      legacy && somaxconn.error === MESSAGES.max(LEGACY_BACKLOG_MAX)
        ? "Must be at most 65,535: older kernels keep the backlog in 16 bits and a larger value wraps."
        : somaxconn.error;
  }
  if (!synBacklog.ok) errors.synBacklog = synBacklog.error;
  if (!syncookies.ok) errors.syncookies = syncookies.error;
  if (!abort.ok) errors.abortOnOverflow = abort.error;

  if (!kernel.ok || !backlog.ok || !somaxconn.ok || !synBacklog.ok || !syncookies.ok || !abort.ok) return { ok: false, errors };
  return {
    ok: true,
    input: {
      backlog: backlog.value,
      somaxconn: somaxconn.value,
      synBacklog: synBacklog.value,
      syncookies: Number(syncookies.value) as 0 | 1 | 2,
      abortOnOverflow: Number(abort.value) as 0 | 1,
      kernel: kernel.value,
    },
  };
}

export function roundupPowOfTwo(n: number): number {
  if (n <= 1) return 1;
  return 2 ** Math.ceil(Math.log2(n) - 1e-12);
}

export type TcpAdvice = { setting: string; why: string; line: string };

export type TcpResult = {
  /** min(backlog, somaxconn): sk_max_ack_backlog, shown by `ss -lnt` as Send-Q. */
  acceptQueueLimit: number;
  /** Connections the accept queue really holds: limit + 1 (sk_acceptq_is_full uses >). */
  acceptQueueHolds: number;
  /** Legacy: the power-of-two table size; current: sk_max_ack_backlog. Null with syncookies=2. */
  synQueueLimit: number | null;
  /** Without syncookies: SYNs from unproven peers are dropped once qlen exceeds this. */
  synDropThreshold: number | null;
  /** How many request socks can be pending before the next SYN is refused or answered by a cookie. */
  effectiveSynLimit: number | null;
  /** What bounds the SYN queue. */
  synBound: "somaxconn" | "backlog" | "tcp_max_syn_backlog" | "minimum 8" | "max_syn_backlog quarter rule" | "syncookies=2";
  onSynQueueFull: string;
  onSynAcceptQueueFull: string;
  onAckAcceptQueueFull: string;
  advice: TcpAdvice[];
  steps: Step[];
  configLines: ConfigLine[];
  kernelNotes: string[];
};

export function calculateTcp(i: TcpInput): TcpResult {
  const accept = Math.min(i.backlog, i.somaxconn);
  const acceptBound = i.somaxconn < i.backlog ? "somaxconn" : "backlog";
  const steps: Step[] = [
    { label: "Backlog after listen()", formula: `min(backlog, somaxconn) = min(${formatInt(i.backlog)}, ${formatInt(i.somaxconn)})`, value: formatInt(accept) },
    { label: "Accept queue limit (sk_max_ack_backlog)", formula: "sk_acceptq_is_full(): sk_ack_backlog > sk_max_ack_backlog", value: `${formatInt(accept)} (holds ${formatInt(accept + 1)})` },
  ];

  const quarterRule = i.syncookies === 0 ? i.synBacklog - (i.synBacklog >> 2) : null;
  let tableLimit: number;
  let synBound: TcpResult["synBound"];
  if (i.kernel === "legacy") {
    const n1 = Math.min(accept, i.synBacklog);
    const n2 = Math.max(n1, 8);
    const n3 = roundupPowOfTwo(n2 + 1);
    tableLimit = n3;
    synBound = n1 < 8 ? "minimum 8" : i.synBacklog < accept ? "tcp_max_syn_backlog" : acceptBound;
    steps.push(
      { label: "reqsk_queue_alloc: cap by tcp_max_syn_backlog", formula: `min(${formatInt(accept)}, ${formatInt(i.synBacklog)})`, value: formatInt(n1) },
      { label: "reqsk_queue_alloc: at least 8", formula: `max(${formatInt(n1)}, 8)`, value: formatInt(n2) },
      { label: "reqsk_queue_alloc: table size", formula: `roundup_pow_of_two(${formatInt(n2)} + 1)`, value: formatInt(n3) },
      { label: "max_qlen_log", formula: `max(3, log2(${formatInt(n3)}))`, value: String(Math.max(3, Math.round(Math.log2(n3)))) },
      { label: "SYN queue full (reqsk_queue_is_full)", formula: `qlen >> max_qlen_log ≠ 0, i.e. qlen ≥ 2^max_qlen_log`, value: formatInt(n3) },
    );
  } else {
    tableLimit = accept;
    synBound = acceptBound;
    steps.push({ label: "SYN queue full (inet_csk_reqsk_queue_is_full)", formula: "qlen ≥ sk_max_ack_backlog (no separate table since 4.4)", value: formatInt(accept) });
  }

  let effective: number | null = tableLimit;
  if (i.syncookies === 2) {
    effective = null;
    synBound = "syncookies=2";
    steps.push({ label: "tcp_syncookies = 2", formula: "every SYN is answered with a cookie; no request sock is queued", value: "SYN queue unused" });
  } else if (quarterRule !== null) {
    steps.push({
      label: "Drop threshold without syncookies",
      formula: `drop when max_syn_backlog − qlen < max_syn_backlog >> 2, i.e. qlen > ${formatInt(i.synBacklog)} − ${formatInt(i.synBacklog >> 2)}`,
      value: `qlen > ${formatInt(quarterRule)}`,
    });
    if (quarterRule + 1 < tableLimit) {
      effective = quarterRule + 1;
      synBound = "max_syn_backlog quarter rule";
    }
  }
  if (effective !== null) steps.push({ label: "Pending SYNs before the next one is refused or cookied", formula: "smaller of the limits above", value: formatInt(effective) });

  const cookieText = "answered with a SYN cookie (tcp_syn_flood_action → TCPReqQFullDoCookies): no request sock is stored and the connection still opens";
  const onSynQueueFull =
    i.syncookies === 2
      ? "Never full: with tcp_syncookies=2 every SYN is answered with a SYN cookie."
      : i.syncookies === 1
        ? `The SYN is ${cookieText}. The kernel logs "Possible SYN flooding on port … Sending cookies".`
        : 'The SYN is dropped silently (tcp_syn_flood_action → TCPReqQFullDrop, ListenDrops); the client retransmits it after 1 s, 3 s, 7 s… The kernel logs "Possible SYN flooding on port … Dropping request".';

  const onSynAcceptQueueFull =
    i.kernel === "legacy"
      ? "Dropped when more than one young request (one whose SYN-ACK was not yet retransmitted) is pending: sk_acceptq_is_full() && inet_csk_reqsk_queue_young() > 1 in tcp_v4_conn_request() (ListenOverflows); otherwise a SYN-ACK is still sent."
      : "Dropped: tcp_conn_request() checks sk_acceptq_is_full() before anything else (ListenOverflows, ListenDrops). The client retransmits the SYN.";

  const onAckAcceptQueueFull =
    i.abortOnOverflow === 1
      ? "The server answers with a RST (tcp_abort_on_overflow=1): tcp_v4_syn_recv_sock() fails sk_acceptq_is_full(), tcp_check_req() resets. The client sees ECONNRESET on its first read or write."
      : "Ignored (tcp_abort_on_overflow=0): tcp_v4_syn_recv_sock() fails sk_acceptq_is_full() (ListenOverflows), tcp_check_req() keeps the request and the SYN-ACK is retransmitted up to tcp_synack_retries. The client believes it is connected; its data waits.";

  const advice: TcpAdvice[] = [];
  if (i.somaxconn < i.backlog) {
    advice.push({
      setting: "net.core.somaxconn",
      why: `It truncates the application's backlog of ${formatInt(i.backlog)} to ${formatInt(i.somaxconn)}. listen() reads it once: restart or reload the service afterwards.`,
      line: `sysctl -w net.core.somaxconn=${i.backlog}`,
    });
  } else {
    advice.push({
      setting: "listen() backlog",
      why: `The application's own backlog (${formatInt(i.backlog)}) is the limit; raise it in the service (and keep somaxconn at least as high).`,
      line: `listen 80 backlog=${Math.max(i.backlog * 2, 511)};   # nginx; Go, Java and others read somaxconn or take a parameter`,
    });
  }
  if (i.kernel === "legacy" && i.syncookies !== 2 && i.synBacklog < accept) {
    advice.push({
      setting: "net.ipv4.tcp_max_syn_backlog",
      why: `It caps the SYN table below the backlog (${formatInt(i.synBacklog)} < ${formatInt(accept)}).`,
      line: `sysctl -w net.ipv4.tcp_max_syn_backlog=${accept}`,
    });
  }
  if (i.syncookies === 0) {
    if (quarterRule !== null && quarterRule + 1 < tableLimit) {
      advice.push({
        setting: "net.ipv4.tcp_max_syn_backlog",
        why: `Without syncookies, SYNs from unproven peers are dropped once ${formatInt(quarterRule)} are pending, below the queue limit of ${formatInt(tableLimit)}.`,
        line: `sysctl -w net.ipv4.tcp_max_syn_backlog=${Math.ceil((tableLimit * 4) / 3)}`,
      });
    }
    advice.push({ setting: "net.ipv4.tcp_syncookies", why: "With cookies off a full SYN queue drops connections; 1 (the default) only uses cookies when the queue is full.", line: "sysctl -w net.ipv4.tcp_syncookies=1" });
  }
  if (i.abortOnOverflow === 1) {
    advice.push({ setting: "net.ipv4.tcp_abort_on_overflow", why: "1 turns a short accept-queue overflow into connection resets; 0 lets the client retry transparently.", line: "sysctl -w net.ipv4.tcp_abort_on_overflow=0" });
  }

  const configLines: ConfigLine[] = [
    {
      label: "These settings, as /etc/sysctl.d/90-listen-queues.conf",
      code: [
        `net.core.somaxconn = ${i.somaxconn}`,
        `net.ipv4.tcp_max_syn_backlog = ${i.synBacklog}`,
        `net.ipv4.tcp_syncookies = ${i.syncookies}`,
        `net.ipv4.tcp_abort_on_overflow = ${i.abortOnOverflow}`,
      ].join("\n"),
    },
    { label: "Apply, then restart the listener (somaxconn is read at listen())", code: "sysctl --system" },
    { label: "Check: Send-Q is the accept-queue limit, Recv-Q its current length", code: "ss -lnt" },
    { label: "Check the overflow counters", code: "nstat -az TcpExtListenOverflows TcpExtListenDrops TcpExtTCPReqQFullDrop TcpExtTCPReqQFullDoCookies" },
  ];

  const kernelNotes =
    i.kernel === "legacy"
      ? [
          "reqsk_queue_alloc() sizes the SYN table once, at listen(): roundup_pow_of_two(max(min(backlog, somaxconn, tcp_max_syn_backlog), 8) + 1).",
          `Current kernels differ: since 4.4 the SYN queue has no table of its own and is full at qlen ≥ sk_max_ack_backlog = min(backlog, somaxconn) (${formatInt(accept)} here${i.syncookies === 2 ? "" : `, not ${formatInt(tableLimit)}`}); since 4.10 a SYN is dropped whenever the accept queue is full.`,
        ]
      : [
          "Since 4.4 (commit “tcp: remove max_qlen_log”) inet_csk_reqsk_queue_is_full() compares qlen with sk_max_ack_backlog = min(backlog, somaxconn); tcp_max_syn_backlog only matters through the quarter rule when syncookies are off.",
          "Since 4.10 tcp_conn_request() drops any SYN while sk_acceptq_is_full(); older kernels only did so when young requests were pending. A 2025 change makes the SYN test “>” like the accept queue, allowing one more pending request.",
          "Since 5.4 the default net.core.somaxconn is 4096 (it was 128).",
        ];

  return {
    acceptQueueLimit: accept,
    acceptQueueHolds: accept + 1,
    synQueueLimit: i.syncookies === 2 ? null : tableLimit,
    synDropThreshold: quarterRule,
    effectiveSynLimit: effective,
    synBound,
    onSynQueueFull,
    onSynAcceptQueueFull,
    onAckAcceptQueueFull,
    advice,
    steps,
    configLines,
    kernelNotes,
  };
}

export function tcpToParams(raw: TcpRaw): URLSearchParams {
  return rawToParams(raw, TCP_FIELDS);
}

export function tcpFromParams(params: ParamsLike | null | undefined): TcpRaw {
  return rawFromParams(params, TCP_DEFAULTS);
}
