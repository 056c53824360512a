import { expect, test, type Locator, type Page } from "@playwright/test";

/**
 * Symptom search in the browser, against the production build and the sample
 * data: the command palette driven by the keyboard alone, the /search page
 * with its URL filters, and the runbook suggestions while an incident is
 * logged and on an incident page.
 */

const LOOPBACK_TITLE = "kube-apiserver calls to itself fail with an expired certificate while other clients work";
const KLOG_LINE =
  "E0510 17:43:56.892945  790992 reflector.go:178] k8s.io/client-go/informers/factory.go:135: Failed to list *v1.ClusterRoleBinding: Get https://10.20.30.41:6443/apis/rbac.authorization.k8s.io/v1/clusterrolebindings?resourceVersion=412277301: x509: certificate has expired or is not yet valid";

const palette = (page: Page) => page.getByRole("dialog");

/** The shortcuts work once the header has hydrated; it says so on its palette button. */
/** Holds back every request matching `url` from now on; call the returned function to let them go. */
async function holdRequests(page: Page, url: string): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Moves the palette's highlight down to `option` with the arrow key. */
async function arrowTo(page: Page, option: Locator) {
  for (let i = 0; i < 12 && (await option.getAttribute("aria-selected")) !== "true"; i++) {
    await page.keyboard.press("ArrowDown");
  }
}

async function gotoReady(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole("button", { name: /command palette/ })).toHaveAttribute("data-shortcuts", "on");
}

test.describe("command palette, keyboard only", () => {
  test("/ opens it, typing searches, arrows and Enter open a runbook", async ({ page }) => {
    await gotoReady(page, "/");
    await page.locator("body").press("/");
    const dialog = palette(page);
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("option", { name: "Log an incident" })).toBeVisible();
    await page.keyboard.type("x509 certificate expired apiserver");
    const first = dialog.getByRole("option").first();
    await expect(first).toContainText(LOOPBACK_TITLE);
    await expect(first).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("ArrowDown");
    await expect(first).toHaveAttribute("aria-selected", "false");
    await page.keyboard.press("ArrowUp");
    await expect(first).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/runbooks\/apiserver-loopback-certificate-expired$/);
    await expect(dialog).toBeHidden();
  });

  test("Ctrl+K toggles it, Esc closes it, and actions run from it", async ({ page }) => {
    await gotoReady(page, "/calculators");
    await page.keyboard.press("Control+k");
    const dialog = palette(page);
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await page.keyboard.press("Control+k");
    await expect(dialog).toBeVisible();
    await page.keyboard.type("log an incident");
    const action = dialog.getByRole("option", { name: "Log an incident", exact: true });
    await expect(action).toBeVisible();
    // Results come first; move to the action and open it.
    await arrowTo(page, action);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/incidents\/new$/);
  });

  test("results that arrive late do not pull the highlight off an entry the reader chose", async ({ page }) => {
    await gotoReady(page, "/calculators");
    const release = await holdRequests(page, "**/api/search?**");
    await page.keyboard.press("Control+k");
    const dialog = palette(page);
    await page.keyboard.type("log an incident");
    const action = dialog.getByRole("option", { name: "Log an incident", exact: true });
    await expect(action).toBeVisible();
    await arrowTo(page, action);
    await expect(action).toHaveAttribute("aria-selected", "true");
    release();
    await expect(dialog.getByRole("group", { name: "Runbooks" })).toBeVisible();
    await expect(action).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/incidents\/new$/);
  });

  test("what is typed while the palette's code loads is kept, caret at the end", async ({ page }) => {
    await gotoReady(page, "/runbooks");
    // Hold back every script fetched from now on: only the palette's chunks are left to load.
    const release = await holdRequests(page, "**/_next/static/chunks/**");
    await page.keyboard.press("Control+k");
    await expect(palette(page)).toHaveAttribute("aria-busy", "true");
    await page.keyboard.type("etcdserver: request timed out");
    release();
    const field = palette(page).getByRole("combobox");
    await expect(palette(page)).not.toHaveAttribute("aria-busy", "true");
    await expect(field).toHaveValue("etcdserver: request timed out");
    await expect(field).toBeFocused();
    await page.keyboard.type(", took too long");
    await expect(field).toHaveValue("etcdserver: request timed out, took too long");
    await expect(palette(page).getByRole("option").first()).toContainText(/etcd/i);
  });

  test("a pasted klog line finds the runbook first, then the incidents that looked the same", async ({ page }) => {
    await gotoReady(page, "/runbooks");
    await page.keyboard.press("Control+k");
    const dialog = palette(page);
    await expect(dialog.getByRole("combobox")).toBeFocused();
    await page.keyboard.insertText(KLOG_LINE);
    const options = dialog.getByRole("option");
    await expect(options.first()).toContainText(LOOPBACK_TITLE);
    await expect(options.filter({ hasText: /^#\d+ ReplicaSet creation failing: kube-apiserver calling itself/ })).toBeVisible();
    await expect(dialog.locator("mark").first()).toBeVisible();
  });

  test("/ typed in a field stays a slash", async ({ page }) => {
    await page.goto("/");
    const field = page.getByRole("searchbox", { name: /search runbooks and incidents/i });
    await field.focus();
    await page.keyboard.type("/var/lib/etcd");
    await expect(field).toHaveValue("/var/lib/etcd");
    await expect(palette(page)).toBeHidden();
  });
});

test.describe("search page", () => {
  test("results with highlighted snippets and incident counts; type and tag filters live in the URL", async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent("etcd took too long slow disk")}`);
    const results = page.getByRole("list", { name: "Search results" });
    const first = results.getByRole("listitem").first();
    await expect(first.getByRole("link").first()).toHaveText('etcd logs "read-only range request ... took too long" because its disk is slow');
    await expect(first.getByTestId("incident-count")).toHaveText(/^[1-9]\d* incidents?$/);
    await expect(first.locator("mark").first()).toBeVisible();
    await expect(results.getByText(/^Incident #\d+$/).first()).toBeVisible();

    await page.getByRole("navigation", { name: "Result type" }).getByRole("link", { name: "Incidents" }).click();
    await expect(page).toHaveURL(/type=incident/);
    await expect(results.getByText(/^Runbook$/)).toHaveCount(0);
    await expect(results.getByText(/^Incident #\d+$/).first()).toBeVisible();

    await page.getByRole("navigation", { name: "Result type" }).getByRole("link", { name: "Runbooks" }).click();
    await expect(page).toHaveURL(/type=runbook/);
    await page.getByRole("combobox", { name: "Tag" }).selectOption("kubernetes");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/tag=kubernetes/);
    await expect(page).toHaveURL(/type=runbook/);
    await expect(results.getByRole("listitem").first()).toContainText("kubernetes");
    await page.reload();
    await expect(page.getByRole("combobox", { name: "Tag" })).toHaveValue("kubernetes");
    await expect(results.getByText(/^Incident #\d+$/)).toHaveCount(0);
  });

  test("says when nothing matches, and explains a query it cannot run", async ({ page }) => {
    await page.goto("/search?q=zebra%20giraffe%20quokka");
    await expect(page.getByTestId("result-summary")).toHaveText(/^Nothing matches/);
    await page.goto("/search?q=x&type=ticket");
    await expect(page.getByRole("alert").filter({ hasText: "This search cannot run" })).toContainText("type must be runbook or incident");
  });
});

/** A pasted Chinese log of about 4,000 characters: over 20 KB percent-encoded, where /search answered 431 (Node's header limit is 16 KiB). */
const LONG_CHINESE_LOG = Array.from({ length: 60 }, (_, i) => `2026-11-20 03:${String(10 + i).padStart(2, "0")}:45 [告警] 图片代理缓存命中率低，回源流量激增，X-Cache-Status: MISS 持续出现，请检查缓存配置`).join("\n");
const CACHE_RUNBOOK = "nginx image proxy cache: hit ratio collapses to 7–8%";

test.describe("a pasted log too long for a URL", () => {
  /** Answers refused for their size (431 Request Header Fields Too Large, 414 URI Too Long): there must be none. */
  let refused: string[] = [];
  test.beforeEach(async ({ page }) => {
    refused = [];
    page.on("response", (response) => {
      if ([414, 431].includes(response.status())) refused.push(`${response.status()} ${response.url().slice(0, 80)}`);
    });
  });
  test.afterEach(() => expect(refused).toEqual([]));

  test("on /search: Enter searches, the query rides in the fragment, and the link opens the same results", async ({ page }) => {
    expect(encodeURIComponent(LONG_CHINESE_LOG).length).toBeGreaterThan(20_000);
    await gotoReady(page, "/search");
    const box = page.getByRole("textbox", { name: "Symptom, error or log lines" });
    await box.fill(LONG_CHINESE_LOG);
    const posted = page.waitForRequest((request) => request.url().endsWith("/api/search") && request.method() === "POST");
    await box.press("Enter");
    await posted;
    await expect(page).toHaveURL(/\/search#q=/);
    const results = page.getByRole("list", { name: "Search results" });
    await expect(results.getByRole("listitem").first().getByRole("link").first()).toHaveText(CACHE_RUNBOOK);
    await expect(box).toHaveValue(LONG_CHINESE_LOG);

    await page.reload();
    await expect(results.getByRole("listitem").first().getByRole("link").first()).toHaveText(CACHE_RUNBOOK);
    await expect(box).toHaveValue(LONG_CHINESE_LOG);
    // The type links keep the query (in the fragment too).
    await page.getByRole("navigation", { name: "Result type" }).getByRole("link", { name: "Runbooks" }).click();
    await expect(page).toHaveURL(/#q=.*type=runbook/);
    await expect(results.getByText(/^Incident #\d+$/)).toHaveCount(0);
    await expect(results.getByRole("listitem").first().getByRole("link").first()).toHaveText(CACHE_RUNBOOK);
  });

  test("from the header's search box", async ({ page }) => {
    await gotoReady(page, "/runbooks");
    const header = page.getByRole("searchbox", { name: "Search runbooks and incidents by symptom" });
    await header.fill(LONG_CHINESE_LOG.replaceAll("\n", " "));
    await header.press("Enter");
    await expect(page).toHaveURL(/\/search#q=/);
    await expect(page.getByRole("list", { name: "Search results" }).getByRole("listitem").first().getByRole("link").first()).toHaveText(CACHE_RUNBOOK);
  });

  test("from the command palette: its results, then See all results", async ({ page }) => {
    await gotoReady(page, "/");
    await page.locator("body").press("/");
    const dialog = palette(page);
    await dialog.getByRole("combobox").fill(LONG_CHINESE_LOG.replaceAll("\n", " "));
    // The palette's own search answers (by POST: the query is too long for a URL)...
    await expect(dialog.getByRole("option").first()).toContainText(CACHE_RUNBOOK);
    // ...and its way to the full page keeps the whole query.
    const seeAll = dialog.getByRole("option", { name: /^See all results for/ });
    await seeAll.click();
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/\/search#q=/);
    await expect(page.getByRole("textbox", { name: "Symptom, error or log lines" })).toHaveValue(LONG_CHINESE_LOG.replaceAll("\n", " "));
    await expect(page.getByRole("list", { name: "Search results" }).getByRole("listitem").first().getByRole("link").first()).toHaveText(CACHE_RUNBOOK);
  });

  test("as an incident's phenomenon: the runbook suggestions still come", async ({ page }) => {
    await page.goto("/incidents/new");
    await page.getByLabel("Phenomenon", { exact: true }).fill(LONG_CHINESE_LOG);
    await expect(page.getByRole("list", { name: "Suggested runbooks" }).getByRole("link").first()).toHaveText(CACHE_RUNBOOK);
  });
});

test.describe("the /search box and the Enter key", () => {
  test("Enter searches; Shift+Enter starts a new line", async ({ page }) => {
    await gotoReady(page, "/search");
    const box = page.getByRole("textbox", { name: "Symptom, error or log lines" });
    await box.fill("OOMKilled");
    await box.press("Shift+Enter");
    await box.pressSequentially("exit code 137");
    await expect(box).toHaveValue("OOMKilled\nexit code 137");
    await expect(page).toHaveURL(/\/search$/);
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=OOMKilled%0Aexit\+code\+137$/);
    await expect(page.getByTestId("result-summary")).toHaveText(/\d+ results? in/);
  });
});

test.describe("runbook suggestions", () => {
  test("logging an incident: suggestions follow the pasted phenomenon and link in one click", async ({ page }) => {
    await page.goto("/incidents/new");
    await page.getByLabel("Phenomenon", { exact: true }).fill("kubectl get pods shows\n\n0/5 nodes are available: 2 Insufficient cpu, 3 node(s) had taint {node-role.kubernetes.io/master: }, that the pod didn't tolerate.");
    const suggestions = page.getByRole("list", { name: "Suggested runbooks" });
    await expect(suggestions.getByRole("link").first()).toHaveText("Pod stuck in Pending");
    await suggestions.getByRole("button", { name: "Link runbook Pod stuck in Pending" }).click();
    await expect(page.getByRole("button", { name: "Remove runbook Pod stuck in Pending" })).toBeVisible();
    await expect(suggestions.getByRole("link", { name: "Pod stuck in Pending" })).toHaveCount(0);
  });

  test("the picker searches symptoms through the server, not just titles", async ({ page }) => {
    await page.goto("/incidents/new");
    const picker = page.getByRole("combobox", { name: "Linked runbooks" });
    await picker.fill("Multi-Attach error for volume");
    await expect(page.getByRole("listbox", { name: "Runbooks" }).getByRole("option").first()).toContainText("Deployment with a ReadWriteOnce PVC hangs in a rolling update");
  });

  test("an Alertmanager incident without a runbook gets suggestions (not links) and similar incidents", async ({ page, request }) => {
    const startsAt = new Date(Date.now() - 3600_000).toISOString();
    const response = await request.post("/api/alerts/alertmanager", {
      data: {
        version: "4", groupKey: "{}:{}", status: "firing", receiver: "triage", groupLabels: {}, commonLabels: {}, commonAnnotations: {}, externalURL: "http://am",
        alerts: [{
          status: "firing", fingerprint: `e2e${Date.now().toString(16)}`, startsAt, endsAt: "0001-01-01T00:00:00Z", generatorURL: "http://prometheus/graph",
          labels: { alertname: "EtcdRequestsSlowE2E", severity: "warning", service: "etcd" },
          annotations: { summary: "etcd read-only range requests took too long", description: "etcdserver: read-only range request took too long to execute on the slow disk" },
        }],
      },
    });
    expect(response.status()).toBe(200);
    const { created } = await response.json();
    await page.goto(`/incidents/${created[0]}`);
    const panel = page.getByRole("region", { name: "Runbooks" });
    await expect(panel.getByText("No runbook linked yet.")).toBeVisible();
    const suggested = page.getByRole("list", { name: "Suggested runbooks" });
    await expect(suggested.getByRole("link").first()).toHaveText('etcd logs "read-only range request ... took too long" because its disk is slow');
    const similar = page.getByRole("region", { name: "Similar incidents" });
    await expect(similar.getByRole("link").first()).toContainText("etcd");
    await expect(similar.getByText(/^Fix: /).first()).toBeVisible();
  });
});
