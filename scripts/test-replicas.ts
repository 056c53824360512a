/**
 * Two app servers on one PostgreSQL (`npm test` runs this after the build):
 * an incident written through replica A — by the API and by the Alertmanager
 * webhook — is found by the next search on replica B, which started before it
 * existed and has no state to warm up, and the other way round. Without
 * PostgreSQL server binaries (and no TEST_DATABASE_URL) it is skipped with a
 * visible line, except under CI=true, where it must run.
 *
 * Ports: REPLICA_PORT (default 3210) and the next one.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { findPostgresBinDir, startPgCluster, type PgCluster } from "./lib/pg-cluster";

const basePort = Number(process.env.REPLICA_PORT ?? 3210);
/** Writes per minute per client on each replica; the check at the end shows the two share them. */
const WRITE_LIMIT = 8;
const env = (databaseUrl: string): NodeJS.ProcessEnv => ({ ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", TRIAGE_API_TOKEN: "", TRIAGE_RATE_LIMIT_WRITES: String(WRITE_LIMIT) });

function startServer(port: number, databaseUrl: string): ChildProcess {
  const child = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], { env: env(databaseUrl), stdio: ["ignore", "ignore", "pipe"], detached: true });
  child.stderr?.on("data", (chunk) => process.stderr.write(`[replica ${port}] ${chunk}`));
  return child;
}

function stopServer(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, "SIGTERM"); // the whole group: npx and the next server under it
  } catch {
    // Already gone.
  }
}

async function waitHealthy(base: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${base} did not become healthy within 120 s`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

async function searchIds(base: string, q: string): Promise<string[]> {
  const response = await fetch(`${base}/api/search?type=incident&limit=5&q=${encodeURIComponent(q)}`);
  if (!response.ok) throw new Error(`${base}/api/search answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { results: { id: string }[] }).results.map((r) => r.id);
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
  console.log(`  ok  ${message}`);
}

async function run(databaseUrl: string): Promise<void> {
  const migrate = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/db/migrate.ts"], { env: env(databaseUrl), stdio: "inherit" });
  if (migrate.status !== 0) throw new Error("db:migrate failed");
  const [a, b] = [`http://127.0.0.1:${basePort}`, `http://127.0.0.1:${basePort + 1}`];
  const servers = [startServer(basePort, databaseUrl), startServer(basePort + 1, databaseUrl)];
  try {
    await Promise.all([waitHealthy(a), waitHealthy(b)]);
    const word = `zephyrquartz${Date.now().toString(36)}`;
    check((await searchIds(b, word)).length === 0, `replica B finds no incident about ${word} yet`);
    const created = await fetch(`${a}/api/incidents`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title: `Checkout ${word} outage`, severity: "SEV2", service: "checkout", environment: "prod", reporter: "replica-test", startedAt: new Date(Date.now() - 60_000).toISOString(), phenomenon: "x509: certificate has expired or is not yet valid" }),
    });
    if (created.status !== 201) throw new Error(`POST /api/incidents on A answered ${created.status}: ${await created.text()}`);
    const { id } = (await created.json()) as { id: number };
    check((await searchIds(b, `${word} outage`))[0] === String(id), `an incident created on replica A (#${id}) is the first result of the next search on replica B`);
    check((await searchIds(b, `${word.slice(0, 8)}`)).includes(String(id)), "replica B completes the word being typed from the incidents' own vocabulary");

    const alertWord = `nimbuswolf${Date.now().toString(36)}`;
    const webhook = await fetch(`${b}/api/alerts/alertmanager`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        version: "4", groupKey: "{}:{}", status: "firing", receiver: "triage", groupLabels: {}, commonLabels: {}, commonAnnotations: {}, externalURL: "http://am",
        alerts: [{ status: "firing", labels: { alertname: "ReplicaProbe", severity: "warning" }, annotations: { summary: `${alertWord} queue stuck` }, startsAt: new Date().toISOString(), endsAt: "0001-01-01T00:00:00Z", generatorURL: "http://prometheus", fingerprint: `f${Date.now().toString(16)}` }],
      }),
    });
    if (webhook.status !== 200) throw new Error(`Alertmanager webhook on B answered ${webhook.status}: ${await webhook.text()}`);
    const { created: alertIds } = (await webhook.json()) as { created: number[] };
    check((await searchIds(a, alertWord))[0] === String(alertIds[0]), `an incident opened by the webhook on replica B (#${alertIds[0]}) is found on replica A`);

    const patched = await fetch(`${b}/api/incidents/${id}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ title: "Checkout renamed outage" }) });
    if (!patched.ok) throw new Error(`PATCH on B answered ${patched.status}`);
    check(!(await searchIds(a, word)).includes(String(id)), "after an edit on replica B, replica A no longer finds the old words");

    // The client has made 2 writes (a POST on A, a PATCH on B) of its WRITE_LIMIT per minute. Writes
    // sent in turn to A and B are refused once the allowance they share is used up: per-process
    // buckets would let through WRITE_LIMIT - 1 on each. (+1: a token may have refilled meanwhile.)
    const statuses: number[] = [];
    for (let i = 0; i < 2 * WRITE_LIMIT && !statuses.includes(429); i++) {
      const answer = await fetch(`${i % 2 ? b : a}/api/incidents/${id}/events`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ message: `note ${i}`, author: "replica-test" }) });
      statuses.push(answer.status);
      if (answer.status === 429 && !(Number(answer.headers.get("retry-after")) >= 1)) throw new Error("a 429 without Retry-After");
    }
    const allowed = statuses.filter((status) => status === 201).length;
    check(statuses.at(-1) === 429 && allowed >= WRITE_LIMIT - 2 && allowed <= WRITE_LIMIT - 1, `the two replicas share one write allowance: ${allowed} more writes went through (${statuses.join(" ")}), then 429`);
  } finally {
    servers.forEach(stopServer);
  }
}

let cluster: PgCluster | undefined;
let url = process.env.TEST_DATABASE_URL;
if (!url && !findPostgresBinDir()) {
  if (process.env.CI === "true") {
    console.error("replicas: no TEST_DATABASE_URL and no PostgreSQL server binaries, and CI=true requires this test. Install postgresql.");
    process.exit(1);
  }
  console.log("== SKIPPED: two replicas on one PostgreSQL (no TEST_DATABASE_URL and no server in /usr/lib/postgresql/*/bin; install postgresql to run it) ==");
  process.exit(0);
}
let ok = false;
try {
  if (!url) {
    cluster = await startPgCluster("triage_replicas");
    url = cluster.url;
  }
  console.log(`== two app replicas on one PostgreSQL (ports ${basePort}, ${basePort + 1}) ==`);
  await run(url);
  ok = true;
} catch (error) {
  console.error(`replicas: ${(error as Error).message}`);
} finally {
  cluster?.stop();
}
process.exit(ok ? 0 : 1);
