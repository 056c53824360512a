import { describe, expect, it } from "vitest";
import {
  TCP_DEFAULTS,
  calculateTcp,
  parseTcpInput,
  roundupPowOfTwo,
  tcpFromParams,
  tcpToParams,
  type TcpField,
  type TcpRaw,
  type TcpResult,
} from "./tcp-queues";

function run(over: Partial<TcpRaw>): TcpResult {
  const parsed = parseTcpInput({ ...TCP_DEFAULTS, ...over });
  if (!parsed.ok) throw new Error(`unexpected errors: ${JSON.stringify(parsed.errors)}`);
  return calculateTcp(parsed.input);
}

describe("TCP queues: limits", () => {
  it.each([
    // name, inputs, accept limit, SYN table/threshold, effective pending SYNs, bound
    ["notes: 511/128/1024 on a legacy kernel", { kernel: "legacy" }, 128, 256, 256, "somaxconn"],
    ["same settings on a current kernel", { kernel: "current" }, 128, 128, 128, "somaxconn"],
    ["legacy, somaxconn raised: the backlog is the bound", { kernel: "legacy", somaxconn: "4096", synBacklog: "1024" }, 511, 512, 512, "backlog"],
    ["legacy, tcp_max_syn_backlog below the backlog", { kernel: "legacy", backlog: "4096", somaxconn: "4096", synBacklog: "1024" }, 4096, 2048, 2048, "tcp_max_syn_backlog"],
    ["legacy, backlog is the bound", { kernel: "legacy", backlog: "100", somaxconn: "4096", synBacklog: "4096" }, 100, 128, 128, "backlog"],
    ["legacy, tiny backlog rounds up from 8", { kernel: "legacy", backlog: "1" }, 1, 16, 16, "minimum 8"],
    ["legacy, backlog 0", { kernel: "legacy", backlog: "0" }, 0, 16, 16, "minimum 8"],
    ["legacy, exact power of two still doubles (+1)", { kernel: "legacy", backlog: "256", somaxconn: "256", synBacklog: "4096" }, 256, 512, 512, "backlog"],
    ["current, somaxconn 4096 (5.4+ default)", { kernel: "current", somaxconn: "4096" }, 511, 511, 511, "backlog"],
    ["current, no syncookies: quarter rule below the queue", { kernel: "current", backlog: "4096", somaxconn: "4096", synBacklog: "1024", syncookies: "0" }, 4096, 4096, 769, "max_syn_backlog quarter rule"],
    ["current, no syncookies: queue below the quarter rule", { kernel: "current", syncookies: "0" }, 128, 128, 128, "somaxconn"],
    ["legacy, no syncookies: quarter rule wins", { kernel: "legacy", somaxconn: "4096", backlog: "4096", synBacklog: "1024", syncookies: "0" }, 4096, 2048, 769, "max_syn_backlog quarter rule"],
  ] as const)("%s", (_name, over, accept, synTable, effective, bound) => {
    const r = run(over);
    expect(r.acceptQueueLimit).toBe(accept);
    expect(r.acceptQueueHolds).toBe(accept + 1);
    expect(r.synQueueLimit).toBe(synTable);
    expect(r.effectiveSynLimit).toBe(effective);
    expect(r.synBound).toBe(bound);
  });

  it("shows the notes' reqsk_queue_alloc steps for the worked example", () => {
    const values = run({}).steps.map((s) => s.value);
    expect(values).toEqual(["128", "128 (holds 129)", "128", "128", "256", "8", "256", "256"]);
  });

  it("with tcp_syncookies=2 the SYN queue is not used", () => {
    const r = run({ syncookies: "2" });
    expect(r.synQueueLimit).toBeNull();
    expect(r.effectiveSynLimit).toBeNull();
    expect(r.synBound).toBe("syncookies=2");
    expect(r.onSynQueueFull).toMatch(/every SYN is answered with a SYN cookie/);
  });

  it.each([
    ["0", /dropped silently/],
    ["1", /SYN cookie/],
  ] as const)("SYN queue full with tcp_syncookies=%s", (cookies, text) => {
    expect(run({ syncookies: cookies }).onSynQueueFull).toMatch(text);
  });

  it("describes the final ACK on a full accept queue with and without tcp_abort_on_overflow", () => {
    expect(run({ abortOnOverflow: "0" }).onAckAcceptQueueFull).toMatch(/^Ignored.*SYN-ACK is retransmitted/);
    expect(run({ abortOnOverflow: "1" }).onAckAcceptQueueFull).toMatch(/RST/);
  });

  it("describes a SYN on a full accept queue per kernel generation", () => {
    expect(run({ kernel: "legacy" }).onSynAcceptQueueFull).toMatch(/inet_csk_reqsk_queue_young\(\) > 1/);
    expect(run({ kernel: "current" }).onSynAcceptQueueFull).toMatch(/^Dropped: tcp_conn_request\(\) checks sk_acceptq_is_full\(\)/);
  });

  it.each([
    ["somaxconn truncates the backlog", {}, ["net.core.somaxconn"]],
    ["backlog is the limit", { somaxconn: "4096" }, ["listen() backlog"]],
    ["legacy syn backlog too small", { somaxconn: "4096", synBacklog: "256" }, ["listen() backlog", "net.ipv4.tcp_max_syn_backlog"]],
    ["cookies off and quarter rule", { kernel: "current", backlog: "4096", somaxconn: "4096", syncookies: "0" }, ["listen() backlog", "net.ipv4.tcp_max_syn_backlog", "net.ipv4.tcp_syncookies"]],
    ["abort on overflow", { abortOnOverflow: "1" }, ["net.core.somaxconn", "net.ipv4.tcp_abort_on_overflow"]],
  ] as const)("advice: %s", (_name, over, settings) => {
    expect(run(over).advice.map((a) => a.setting)).toEqual(settings);
  });

  it("writes the entered settings as sysctl lines", () => {
    expect(run({}).configLines[0]?.code).toBe(
      "net.core.somaxconn = 128\nnet.ipv4.tcp_max_syn_backlog = 1024\nnet.ipv4.tcp_syncookies = 1\nnet.ipv4.tcp_abort_on_overflow = 0",
    );
    expect(run({}).advice[0]?.line).toBe("sysctl -w net.core.somaxconn=511");
  });

  it("says how current kernels differ on the legacy page", () => {
    expect(run({ kernel: "legacy" }).kernelNotes.join(" ")).toMatch(/128 here, not 256/);
  });

  it.each([
    [1, 1],
    [2, 2],
    [9, 16],
    [129, 256],
    [256, 256],
    [257, 512],
  ])("roundup_pow_of_two(%i) = %i", (n, expected) => {
    expect(roundupPowOfTwo(n)).toBe(expected);
  });
});

describe("TCP queues: invalid input", () => {
  it.each<[string, Partial<TcpRaw>, TcpField, string]>([
    ["empty backlog", { backlog: "" }, "backlog", "Required."],
    ["negative backlog", { backlog: "-1" }, "backlog", "Must not be negative (the kernel reads a negative backlog as somaxconn: enter that value)."],
    ["non-numeric backlog", { backlog: "lots" }, "backlog", "Not a number: “lots”."],
    ["fractional somaxconn", { somaxconn: "12.5" }, "somaxconn", "Must be a whole number."],
    ["somaxconn too big for a legacy kernel", { somaxconn: "70000" }, "somaxconn", "Must be at most 65,535: older kernels keep the backlog in 16 bits and a larger value wraps."],
    ["negative tcp_max_syn_backlog", { synBacklog: "-5" }, "synBacklog", "Must not be negative."],
    ["backlog beyond int", { backlog: "3000000000" }, "backlog", "Must be at most 2,147,483,647."],
    ["syncookies out of range", { syncookies: "3" }, "syncookies", "tcp_syncookies must be one of 0, 1, 2."],
    ["abort_on_overflow out of range", { abortOnOverflow: "2" }, "abortOnOverflow", "tcp_abort_on_overflow must be one of 0, 1."],
    ["unknown kernel", { kernel: "2.4" }, "kernel", "Kernel must be one of legacy, current."],
  ])("%s", (_name, over, field, message) => {
    const parsed = parseTcpInput({ ...TCP_DEFAULTS, ...over });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[field]).toBe(message);
  });

  it("accepts a somaxconn above 65535 on a current kernel", () => {
    expect(parseTcpInput({ ...TCP_DEFAULTS, kernel: "current", somaxconn: "70000" }).ok).toBe(true);
  });
});

describe("TCP queues: URL round-trip", () => {
  it.each<[string, TcpRaw]>([
    ["defaults", TCP_DEFAULTS],
    ["current kernel", { backlog: "4096", somaxconn: "4096", synBacklog: "8192", syncookies: "0", abortOnOverflow: "1", kernel: "current" }],
    ["invalid values", { backlog: "-1", somaxconn: "x", synBacklog: "", syncookies: "9", abortOnOverflow: "", kernel: "?" }],
  ])("%s", (_name, raw) => {
    expect(tcpFromParams(new URLSearchParams(tcpToParams(raw).toString()))).toEqual(raw);
  });
});
