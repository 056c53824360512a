/**
 * The benchmark corpus, generated deterministically from the project's own
 * text: runbooks are variants of the real runbooks (same lengths and
 * vocabulary), incidents are assembled from sentences of the sample
 * incidents and the runbooks' Phenomenon sections, a fifth of them in
 * Chinese, some with a pasted log line carrying fresh instance noise.
 */
import type { BulkIncident } from "@/lib/incidents/bulk-insert-incidents";
import type { SampleIncident } from "@/lib/incidents/sample-incident-schema";
import type { RunbookSearchSource } from "@/lib/search/rank-runbooks";
import { INCIDENT_QUERIES } from "@/tests/relevance/incident-queries";
import { RUNBOOK_QUERIES } from "@/tests/relevance/runbook-queries";
import { seededRandom } from "@/lib/seeded-random";

const pick = <T,>(rng: () => number, list: readonly T[]): T => list[Math.floor(rng() * list.length)];
const HAN = /\p{Script=Han}/u;
const sentences = (text: string) => text.split(/(?<=[.!?。！？])\s*|\n+/).map((s) => s.trim()).filter((s) => s.length >= 15 && s.length <= 400);

export function generateRunbooks(base: RunbookSearchSource[], count: number, seed = 1): RunbookSearchSource[] {
  const rng = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const source = base[i % base.length];
    const other = pick(rng, base);
    return {
      ...source,
      slug: `${source.slug}-${i}`,
      title: i < base.length ? source.title : `${source.title} (${other.components[0] ?? other.tags[0]} variant ${i})`,
      symptoms: i < base.length ? source.symptoms : [...source.symptoms.filter(() => rng() < 0.7), ...other.symptoms.filter(() => rng() < 0.15)],
      body: i < base.length ? source.body : `${source.body}\n\n${sentences(other.phenomenon).filter(() => rng() < 0.3).join(" ")}`,
    };
  });
}

function logLine(rng: () => number): string {
  const n = (max: number) => Math.floor(rng() * max);
  const ip = `10.${n(255)}.${n(255)}.${n(255)}`;
  const templates = [
    `E${1000 + n(200)} ${10 + n(13)}:${10 + n(49)}:${10 + n(49)}.${100000 + n(899999)}  ${1000 + n(900000)} reflector.go:178] Failed to list *v1.Secret: Get https://${ip}:6443/api/v1/secrets?resourceVersion=${n(1e9)}: x509: certificate has expired or is not yet valid`,
    `Warning  BackOff  ${n(50)}m (x${n(90)} over ${n(90)}m)  kubelet  Back-off restarting failed container app in pod web-${n(1e6).toString(36)}-x${n(9)}k2p`,
    `0/${n(30)} nodes are available: ${n(9)} Insufficient cpu, ${n(9)} node(s) had taint {node-role.kubernetes.io/master: }, that the pod didn't tolerate.`,
    `2026-11-0${1 + n(8)}T0${n(9)}:1${n(9)}:0${n(9)}.${n(999)}Z etcdserver: read-only range request "key:/registry/pods/ns-${n(99)}" took too long (${n(5)}.${n(999)}s) to execute`,
    `[${n(99999)}.${n(999999)}] Out of memory: Killed process ${n(99999)} (java) total-vm:${n(9e6)}kB, anon-rss:${n(9e6)}kB`,
    `connect() to ${ip}:${8000 + n(999)} failed (99: Cannot assign requested address) while connecting to upstream`,
  ];
  return pick(rng, templates);
}

export function generateIncidents(samples: SampleIncident[], runbooks: RunbookSearchSource[], count: number, seed = 2): BulkIncident[] {
  const rng = seededRandom(seed);
  const all = [...samples.flatMap((s) => [s.phenomenon, s.cause, s.fix, s.result]), ...runbooks.map((r) => r.phenomenon)].flatMap(sentences);
  const english = all.filter((s) => !HAN.test(s));
  const chinese = [...all.filter((s) => HAN.test(s)), ...runbooks.flatMap((r) => r.symptoms).filter((s) => HAN.test(s))];
  const titles = samples.map((s) => s.title);
  const services = ["checkout", "payments", "search", "auth", "order-api", "image-proxy", "etcd", "ingress", "report-service", "ledger-sync"];
  const start = Date.UTC(2026, 0, 1);
  const some = (pool: string[], min: number, max: number) => Array.from({ length: min + Math.floor(rng() * (max - min + 1)) }, () => pick(rng, pool)).join(" ");
  return Array.from({ length: count }, () => {
    const zh = rng() < 0.2;
    const pool = zh ? chinese : english;
    const startedAt = new Date(start + Math.floor(rng() * 330 * 86400_000));
    const resolved = rng() < 0.8;
    const incident = {
      title: zh ? `${pick(rng, chinese).slice(0, 60)}` : `${pick(rng, titles)} (${pick(rng, services)})`,
      severity: pick(rng, ["SEV1", "SEV2", "SEV3", "SEV4"] as const),
      status: resolved ? ("resolved" as const) : pick(rng, ["open", "mitigated"] as const),
      service: pick(rng, services),
      environment: pick(rng, ["prod-eks-1", "prod-eks-2", "idc-k8s-prod-2", "staging"]),
      source: "api" as const,
      reporter: "bench",
      phenomenon: `${some(pool, 2, 5)}${rng() < 0.3 ? `\n\n\`\`\`text\n${logLine(rng)}\n\`\`\`` : ""}`,
      cause: some(pool, 1, 3),
      fix: some(pool, 1, 4),
      result: resolved ? some(pool, 1, 2) : "",
      startedAt,
      resolvedAt: resolved ? new Date(startedAt.getTime() + Math.floor(rng() * 8 * 3600_000)) : null,
    };
    // bulkInsertIncidents checks what the API checks: a mitigated incident has its time.
    return { ...incident, mitigatedAt: incident.status === "mitigated" ? new Date(startedAt.getTime() + 30 * 60_000) : null } satisfies BulkIncident;
  });
}

export type QueryKind = "short" | "log" | "chinese";

/** The fixed query mix: a third each of short typed queries, pasted log lines and Chinese (or mixed) queries. */
export function queryMix(count: number, seed = 3): { kind: QueryKind; q: string }[] {
  const rng = seededRandom(seed);
  const cases = [...RUNBOOK_QUERIES, ...INCIDENT_QUERIES];
  const short = cases.filter((c) => ["phrase", "typo", "paraphrase"].includes(c.style)).map((c) => c.query.split(/\s+/).slice(0, 4).join(" "));
  const logs = cases.filter((c) => c.style === "log" || c.style === "event").map((c) => c.query);
  const chinese = cases.filter((c) => c.style === "zh" || c.style === "mixed").map((c) => c.query);
  return Array.from({ length: count }, (_, i) => {
    const kind: QueryKind = (["short", "log", "chinese"] as const)[i % 3];
    const q = kind === "short" ? pick(rng, short) : kind === "log" ? (rng() < 0.5 ? pick(rng, logs) : logLine(rng)) : pick(rng, chinese);
    return { kind, q };
  });
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function summary(times: number[]): { p50: number; p95: number; p99: number; mean: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), mean: times.reduce((s, t) => s + t, 0) / Math.max(1, times.length) };
}
