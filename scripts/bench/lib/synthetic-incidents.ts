/**
 * Synthetic incident history for `npm run bench:dashboard`: a realistic mix,
 * deterministic for a seed, generated in chunks so a million incidents never
 * sit in memory at once. Pure (no I/O): the caller loads each chunk.
 */
import type { BulkIncident } from "@/lib/incidents/bulk-insert-incidents";
import type { Severity } from "@/lib/incidents/incident-schemas";
import { seededRandom } from "@/lib/seeded-random";

const DAY = 86_400_000;
const MINUTE = 60_000;

/** Picks by Zipf-like weights: the first items are the most common, as services and alerts are in practice. */
function zipf<T>(items: readonly T[], random: () => number, exponent = 1.1): () => T {
  const weights = items.map((_, k) => 1 / Math.pow(k + 1, exponent));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative = weights.map(((sum) => (w: number) => (sum += w / total))(0));
  return () => {
    const u = random();
    const k = cumulative.findIndex((c) => u <= c);
    return items[k === -1 ? items.length - 1 : k];
  };
}

/** Log-normal with the given median: response times have long tails. */
const logNormal = (random: () => number, medianMinutes: number, spread = 1) => {
  const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Math.max(0, medianMinutes * Math.exp(spread * normal));
};

const SEVERITY_WEIGHTS: [Severity, number][] = [
  ["SEV1", 0.03],
  ["SEV2", 0.12],
  ["SEV3", 0.45],
  ["SEV4", 0.4],
];
const SERVICES = Array.from({ length: 80 }, (_, k) => ["checkout", "payments", "search", "auth", "inventory", "orders", "gateway", "billing"][k % 8] + (k < 8 ? "" : `-${Math.floor(k / 8)}`));
const ALERTS = ["KubePodCrashLooping", "KubePodNotReady", "NodeFilesystemAlmostOutOfSpace", "CPUThrottlingHigh", "KubeDeploymentRolloutStuck", "etcdHighFsyncDurations", "NodeHighNumberConntrackEntriesUsed", "KubeJobFailed", "TargetDown", "KubeMemoryOvercommit"].flatMap((name) => [name, `${name}Warning`, `${name}Critical`, `Synthetic${name}`, `Team${name}`]);
const MANUAL_TITLES = [
  "Disk full on node-{n}",
  "Checkout 502s after deploy v{n}",
  "Slow queries on db-{n}",
  "Certificate for api-{n} expires in {n} days",
  "Queue backlog of {n} messages in orders",
  "DNS timeouts in cluster {n}",
  "Pod {n} stuck in Terminating",
  "Memory leak in worker {n}",
  "Latency p99 above {n} ms on gateway",
  "Batch job {n} missed its schedule",
];

export interface SyntheticOptions {
  /** The newest start time; incidents spread over the three years before it. */
  now: Date;
  /** Runbook slugs that exist (links must point at real runbooks). */
  runbookSlugs: string[];
  seed?: number;
}

/** `count` incidents in chunks of `chunk`, oldest first within each chunk's share of the three years. */
export function* syntheticIncidents(count: number, chunk: number, options: SyntheticOptions): Generator<BulkIncident[]> {
  const random = seededRandom(options.seed ?? 42);
  const service = zipf(SERVICES, random);
  const alert = zipf(ALERTS, random);
  const runbook = zipf(options.runbookSlugs, random, 0.9);
  const span = 3 * 365 * DAY;
  const end = options.now.getTime() - 5 * MINUTE;
  const pick = <T>(weighted: [T, number][]) => {
    let u = random();
    for (const [value, weight] of weighted) if ((u -= weight) <= 0) return value;
    return weighted[weighted.length - 1][0];
  };
  for (let made = 0; made < count; ) {
    const batch: BulkIncident[] = [];
    for (; batch.length < chunk && made < count; made++) {
      // Slightly more incidents lately, as a growing team's history has.
      const startedAt = new Date(end - span * Math.pow(random(), 1.2));
      const severity = pick(SEVERITY_WEIGHTS);
      const fromAlert = random() < 0.65;
      const alertname = fromAlert ? alert() : null;
      const number = String(1 + Math.floor(random() * 40));
      const title = alertname ? `${alertname}: ${service()} is unhealthy` : MANUAL_TITLES[Math.floor(random() * MANUAL_TITLES.length)].replaceAll("{n}", number);
      const at = (minutes: number) => new Date(Math.min(startedAt.getTime() + minutes * MINUTE, end));
      const detectMinutes = fromAlert ? 0 : random() < 0.8 ? logNormal(random, 8) : null;
      const mitigateMinutes = random() < 0.7 ? (detectMinutes ?? 0) + logNormal(random, 30) : null;
      const resolveMinutes = (mitigateMinutes ?? detectMinutes ?? 0) + logNormal(random, 120, 1.2);
      const recent = end - startedAt.getTime() < 2 * DAY;
      const resolved = at(resolveMinutes).getTime() < end && random() < (recent ? 0.5 : 0.999);
      const mitigatedAt = mitigateMinutes === null ? null : at(mitigateMinutes);
      const links = random() < 0.45 ? [...new Set([runbook(), ...(random() < 0.1 ? [runbook()] : [])])] : [];
      batch.push({
        title,
        severity,
        status: resolved ? "resolved" : mitigatedAt ? "mitigated" : "open",
        service: alertname ? `${title.split(": ")[1].split(" ")[0]}` : service(),
        environment: `prod-${1 + Math.floor(random() * 5)}`,
        host: random() < 0.5 ? `node-${Math.floor(random() * 300)}` : null,
        source: fromAlert ? "alertmanager" : random() < 0.7 ? "manual" : "api",
        alertname,
        reporter: fromAlert ? "alertmanager" : `oncall-${Math.floor(random() * 20)}`,
        phenomenon: `Synthetic incident ${made}: ${title}`,
        cause: resolved ? "Synthetic cause" : "",
        fix: resolved ? "Synthetic fix" : "",
        result: resolved ? "Synthetic result" : "",
        startedAt,
        detectedAt: detectMinutes === null ? null : at(detectMinutes),
        mitigatedAt,
        resolvedAt: resolved ? at(resolveMinutes) : null,
        runbooks: links.map((slug) => ({ slug, fixWorked: pick<boolean | null>([[true, 0.6], [false, 0.15], [null, 0.25]]) })),
      });
    }
    yield batch;
  }
}
