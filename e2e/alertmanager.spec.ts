import { expect, test, type APIRequestContext } from "@playwright/test";
import type { IncidentDetailDto, IncidentDto, IncidentListDto } from "@/lib/incidents/incident-dto";
import { findAlertmanager, RunningAlertmanager, type AlertToAdd } from "./support/alertmanager";

/**
 * The webhook against a real Alertmanager: alerts shaped like kube-prometheus
 * sends them (kubernetes-mixin's CPUThrottlingHigh and KubePodCrashLooping,
 * node-mixin's NodeMemoryHighUtilization, with the target labels Prometheus
 * Operator adds), fired with amtool, delivered by Alertmanager to the app.
 * Checks what the incidents say, that repeated notifications change nothing,
 * and that a resolved alert resolves its incident.
 *
 * Needs Debian's prometheus-alertmanager (with amtool); without it the spec
 * is skipped with a message, except under CI=true, where it fails.
 */

const found = findAlertmanager();
const MISSING = "missing" in found ? found.missing : [];
const CI = process.env.CI === "true";
const SKIP_MESSAGE = `Alertmanager e2e SKIPPED: ${MISSING.join(" and ")} not found (apt-get install -y prometheus-alertmanager, or set ALERTMANAGER_PATH and AMTOOL_PATH)`;
if (MISSING.length && !CI) console.warn(SKIP_MESSAGE);

const AM_PORT = Number(process.env.E2E_ALERTMANAGER_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1);
/** One cluster label per run: the incidents of this run are the ones whose environment is this. */
const CLUSTER = `e2e-am-${Date.now().toString(36)}`;
const STARTED = new Date(Math.floor(Date.now() / 1000) * 1000 - 10 * 60_000);
const PROMETHEUS = "http://prometheus-k8s-0:9090/graph?g0.expr=";

/** kube-prometheus label sets; `cluster` is the external label that makes the environment. */
const ALERTS: Record<"throttling" | "crashLoop" | "nodeMemory", AlertToAdd> = {
  throttling: {
    labels: {
      alertname: "CPUThrottlingHigh",
      cluster: CLUSTER,
      container: "gateway",
      instance: "10.2.1.17:10250",
      namespace: "api",
      pod: "gateway-5d8f4c9b7-q2w8z",
      prometheus: "monitoring/k8s",
      service: "kubelet",
      severity: "info",
    },
    annotations: {
      summary: "Processes experience elevated CPU throttling.",
      description: "41.7% throttling of CPU in namespace api for container gateway in pod gateway-5d8f4c9b7-q2w8z.",
      runbook_url: "https://runbooks.prometheus-operator.dev/runbooks/kubernetes/cputhrottlinghigh",
    },
    generatorUrl: `${PROMETHEUS}container_cpu_cfs_throttled_periods_total`,
    startsAt: STARTED,
  },
  crashLoop: {
    labels: {
      alertname: "KubePodCrashLooping",
      cluster: CLUSTER,
      container: "checkout",
      instance: "10.2.7.14:8443",
      job: "kube-state-metrics",
      namespace: "shop",
      pod: "checkout-7d9c8b6f5-x2kqp",
      prometheus: "monitoring/k8s",
      reason: "CrashLoopBackOff",
      severity: "warning",
      uid: "0b9a3d7e-52d1-4c1e-9a0c-6f1f4b8e2d11",
    },
    annotations: {
      summary: "Pod is crash looping.",
      description: 'Pod shop/checkout-7d9c8b6f5-x2kqp (checkout) is in waiting state (reason: "CrashLoopBackOff").',
      runbook_url: "https://runbooks.prometheus-operator.dev/runbooks/kubernetes/kubepodcrashlooping",
    },
    generatorUrl: `${PROMETHEUS}kube_pod_container_status_waiting_reason`,
    startsAt: STARTED,
  },
  nodeMemory: {
    labels: {
      alertname: "NodeMemoryHighUtilization",
      cluster: CLUSTER,
      container: "kube-rbac-proxy",
      endpoint: "https",
      instance: "ip-10-2-2-41.eu-west-1.compute.internal",
      job: "node-exporter",
      namespace: "monitoring",
      pod: "node-exporter-x7k2p",
      prometheus: "monitoring/k8s",
      service: "node-exporter",
      severity: "warning",
    },
    annotations: {
      summary: "Host is running out of memory.",
      description: "Memory is filling up at ip-10-2-2-41.eu-west-1.compute.internal, has been above 90% for the last 15 minutes.",
      // A team that points the mixin's runbook URLs at Triage.
      runbook_url: "https://triage.example.com/runbooks/alerts/NodeMemoryHighUtilization",
    },
    generatorUrl: `${PROMETHEUS}node_memory_MemAvailable_bytes`,
    startsAt: STARTED,
  },
};

async function incidentsOfThisRun(request: APIRequestContext, filter = ""): Promise<IncidentDto[]> {
  const response = await request.get(`/api/incidents?q=${CLUSTER}&limit=100${filter}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as IncidentListDto).items;
}

const byAlert = (incidents: IncidentDto[]) => new Map(incidents.map((incident) => [incident.alertname, incident]));

test.describe.serial("a real Alertmanager delivering kube-prometheus alerts", () => {
  test.skip(MISSING.length > 0 && !CI, SKIP_MESSAGE);
  test.setTimeout(90_000);

  let alertmanager: RunningAlertmanager | undefined;
  const am = () => {
    if (!alertmanager) throw new Error("Alertmanager did not start");
    return alertmanager;
  };

  test.beforeAll(async ({}, testInfo) => {
    if (!("binaries" in found)) throw new Error(`CI=true needs the Alertmanager e2e test: ${MISSING.join(" and ")} not found. Install Debian's prometheus-alertmanager (.ci/run does).`);
    const baseURL = testInfo.project.use.baseURL;
    alertmanager = await RunningAlertmanager.start({
      binaries: found.binaries,
      port: AM_PORT,
      webhookUrl: `${baseURL}/api/alerts/alertmanager`,
      groupBy: ["alertname", "cluster", "namespace"],
    });
    console.log(`Alertmanager ${await alertmanager.version()} on ${alertmanager.url}`);
  });

  test.afterAll(async () => {
    await alertmanager?.stop();
  });

  test.afterEach(async ({}, testInfo) => {
    if (testInfo.status !== testInfo.expectedStatus && alertmanager) await testInfo.attach("alertmanager.log", { body: alertmanager.log(), contentType: "text/plain" });
  });

  test("firing alerts open incidents: the workload as service, its namespace, the node as host, runbooks linked", async ({ request }) => {
    for (const alert of Object.values(ALERTS)) await am().addAlert(alert);

    await expect.poll(async () => (await incidentsOfThisRun(request)).length, { timeout: 30_000 }).toBe(3);
    const incidents = byAlert(await incidentsOfThisRun(request));
    const common = { source: "alertmanager", status: "open", environment: CLUSTER, reporter: "alertmanager", startedAt: STARTED.toISOString() };
    expect(incidents.get("CPUThrottlingHigh")).toMatchObject({
      ...common,
      title: "CPUThrottlingHigh: Processes experience elevated CPU throttling.",
      service: "gateway", // not the kubelet Service cAdvisor was scraped through
      namespace: "api",
      host: "10.2.1.17:10250",
      severity: "SEV4",
      runbooks: ["cfs-cpu-throttling"],
    });
    expect(incidents.get("KubePodCrashLooping")).toMatchObject({
      ...common,
      service: "checkout", // not kube-state-metrics
      namespace: "shop",
      phenomenon: expect.stringContaining('(reason: "CrashLoopBackOff")'),
      host: null, // kube-state-metrics' own address is no host of the incident
      severity: "SEV3",
      runbooks: ["pod-crashloopbackoff"],
    });
    expect(incidents.get("NodeMemoryHighUtilization")).toMatchObject({
      ...common,
      service: "unknown", // node-exporter reports on the node: no service
      namespace: null, // "monitoring" is node-exporter's own namespace
      host: "ip-10-2-2-41.eu-west-1.compute.internal",
      severity: "SEV3",
      runbooks: ["oom-killer"], // by alert name and by runbook_url: linked once
    });
    expect(incidents.get("KubePodCrashLooping")?.fingerprint).toMatch(/^[0-9a-f]{16}$/);

    // The namespace filter, through the API and on the list page.
    expect((await incidentsOfThisRun(request, "&namespace=api,shop")).map((i) => i.alertname).sort()).toEqual(["CPUThrottlingHigh", "KubePodCrashLooping"]);
    expect(await am().webhookNotifications()).toMatchObject({ failed: 0 });
  });

  test("the incident page and the list show the namespace", async ({ page, request }) => {
    const throttling = byAlert(await incidentsOfThisRun(request)).get("CPUThrottlingHigh");
    await page.goto(`/incidents/${throttling?.id}`);
    const details = page.getByRole("region", { name: "Details" });
    await expect(details.getByText("Namespace", { exact: true })).toBeVisible();
    await expect(details.locator("dd", { hasText: /^api$/ })).toBeVisible();
    await expect(details.locator("dd", { hasText: /^gateway$/ })).toBeVisible();

    await page.goto(`/incidents?q=${CLUSTER}&namespace=api`);
    await expect(page.getByRole("textbox", { name: "Namespace" })).toHaveValue("api");
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(2); // header + the throttling incident
    await expect(rows.nth(1)).toContainText("CPUThrottlingHigh");
    await expect(rows.nth(1).getByRole("cell", { name: "api", exact: true })).toBeVisible();
  });

  test("repeated notifications of the same alerts change nothing", async ({ request }) => {
    const before = await incidentsOfThisRun(request);
    const sentBefore = (await am().webhookNotifications()).sent;
    // repeat_interval is 2 s: wait for every group to be notified again, more than once.
    await expect.poll(async () => (await am().webhookNotifications()).sent, { timeout: 30_000 }).toBeGreaterThanOrEqual(sentBefore + 6);
    const after = await incidentsOfThisRun(request);
    expect(after.map((i) => [i.id, i.version, i.updatedAt]).sort()).toEqual(before.map((i) => [i.id, i.version, i.updatedAt]).sort());
    for (const incident of after) {
      const detail = (await (await request.get(`/api/incidents/${incident.id}`)).json()) as IncidentDetailDto;
      expect(detail.events.map((e) => e.kind)).toEqual(["alert_fired", "runbook_linked"]);
    }
    expect(await am().webhookNotifications()).toMatchObject({ failed: 0 });
  });

  test("an alert resolved in Alertmanager resolves its incident at its end time", async ({ request }) => {
    const endsAt = new Date(Math.floor(Date.now() / 1000) * 1000 - 2_000);
    await am().addAlert({ ...ALERTS.throttling, endsAt });

    await expect.poll(async () => byAlert(await incidentsOfThisRun(request)).get("CPUThrottlingHigh")?.status, { timeout: 30_000 }).toBe("resolved");
    const incidents = byAlert(await incidentsOfThisRun(request));
    expect(incidents.get("CPUThrottlingHigh")).toMatchObject({
      resolvedAt: endsAt.toISOString(),
      result: `Resolved automatically: Alertmanager reported the alert resolved at ${endsAt.toISOString()}.`,
      timeToResolveMs: endsAt.getTime() - STARTED.getTime(),
      version: 2,
    });
    expect([incidents.get("KubePodCrashLooping")?.status, incidents.get("NodeMemoryHighUtilization")?.status]).toEqual(["open", "open"]);
    const detail = (await (await request.get(`/api/incidents/${incidents.get("CPUThrottlingHigh")?.id}`)).json()) as IncidentDetailDto;
    expect(detail.events.at(-1)).toMatchObject({ kind: "alert_resolved", author: "alertmanager", at: endsAt.toISOString() });
    expect(await am().webhookNotifications()).toMatchObject({ failed: 0 });
  });
});
