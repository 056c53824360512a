import { expect, test, type Page } from "@playwright/test";

/** Replaces a field's value the way a user would: select all, type. */
async function type(page: Page, label: string, value: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(value);
}

async function expectFieldError(page: Page, label: string, message: string) {
  const field = page.getByLabel(label, { exact: true });
  await expect(field).toHaveAttribute("aria-invalid", "true");
  const errorId = (await field.getAttribute("aria-describedby"))?.split(" ").find((id) => id.endsWith("-error"));
  expect(errorId).toBeTruthy();
  await expect(page.locator(`[id="${errorId}"]`)).toHaveText(message);
  await expect(page.getByTestId("no-result").first()).toBeVisible();
}

test.describe("calculators index", () => {
  test("lists every calculator", async ({ page }) => {
    await page.goto("/calculators");
    await expect(page.getByRole("heading", { level: 1, name: "Calculators" })).toBeVisible();
    for (const title of ["CFS CPU throttling", "TCP SYN and accept queues", "RAID usable capacity", "Cache hit ratio", "Exit code decoder"]) {
      await expect(page.getByRole("link", { name: title })).toBeVisible();
    }
    await page.getByRole("link", { name: "RAID usable capacity" }).click();
    await expect(page).toHaveURL(/\/calculators\/raid-capacity$/);
    await expect(page.getByRole("heading", { level: 1, name: "RAID usable capacity" })).toBeVisible();
  });
});

test.describe("CFS throttling", () => {
  test("the notes' worked example: 0.4 CPU, 80 ms on 8 threads takes 105 ms, 10.5×", async ({ page }) => {
    await page.goto("/calculators/cfs-throttling");
    await expect(page.getByRole("heading", { level: 1, name: "CFS CPU throttling" })).toBeVisible();
    await type(page, "CPU limit", "0.4");
    await type(page, "CFS period", "100");
    await type(page, "Burst", "0");
    await type(page, "CPU time needed", "80");
    await type(page, "Threads in parallel", "1");
    await expect(page.getByTestId("cfs-wall")).toHaveText("140 ms");
    await type(page, "Threads in parallel", "8");
    await expect(page.getByTestId("cfs-wall")).toHaveText("105 ms");
    await expect(page.getByTestId("cfs-slowdown")).toHaveText("10.5×");
    await expect(page.getByTestId("cfs-periods")).toHaveText("1");
    await expect(page.getByTestId("cfs-throttled")).toHaveText("95 ms");
    await expect(page.getByTestId("cfs-cpumax")).toHaveText("40000 100000");
    await expect(page.getByRole("img", { name: /CFS periods/ })).toBeVisible();

    await expect(page).toHaveURL(/limit=0\.4/);
    await expect(page).toHaveURL(/threads=8/);
    await page.reload();
    await expect(page.getByLabel("CPU limit", { exact: true })).toHaveValue("0.4");
    await expect(page.getByTestId("cfs-wall")).toHaveText("105 ms");
    await expect(page.getByTestId("cfs-slowdown")).toHaveText("10.5×");
  });

  test("invalid input shows the message at the field and no result", async ({ page }) => {
    await page.goto("/calculators/cfs-throttling");
    await type(page, "CPU limit", "abc");
    await expectFieldError(page, "CPU limit", "Not a CPU quantity: “abc”. Use cores (0.4) or millicores (400m).");
    await expect(page.getByTestId("cfs-wall")).toHaveCount(0);
    await type(page, "CPU limit", "400m");
    await type(page, "CFS period", "2000");
    await expectFieldError(page, "CFS period", "Must be at most 1,000 ms.");
    await expect(page.getByText("NaN")).toHaveCount(0);
  });
});

test.describe("TCP queues", () => {
  test("the notes' example: accept 128 and SYN 256 on a legacy kernel, 128 on a current one", async ({ page }) => {
    await page.goto("/calculators/tcp-queues");
    await page.getByLabel("Kernel", { exact: true }).selectOption("legacy");
    await type(page, "listen() backlog", "511");
    await type(page, "net.core.somaxconn", "128");
    await type(page, "net.ipv4.tcp_max_syn_backlog", "1024");
    await expect(page.getByTestId("tcp-accept")).toHaveText("128");
    await expect(page.getByTestId("tcp-syn")).toHaveText("256");
    await expect(page.getByText(/roundup_pow_of_two\(128 \+ 1\)/)).toBeVisible();

    await page.getByLabel("Kernel", { exact: true }).selectOption("current");
    await expect(page.getByTestId("tcp-syn")).toHaveText("128");
    await expect(page).toHaveURL(/kernel=current/);
    await page.reload();
    await expect(page.getByLabel("Kernel", { exact: true })).toHaveValue("current");
    await expect(page.getByTestId("tcp-accept")).toHaveText("128");
    await expect(page.getByTestId("tcp-syn")).toHaveText("128");
  });

  test("a negative backlog is an input error", async ({ page }) => {
    await page.goto("/calculators/tcp-queues");
    await type(page, "listen() backlog", "-1");
    await expectFieldError(page, "listen() backlog", "Must not be negative (the kernel reads a negative backlog as somaxconn: enter that value).");
    await expect(page.getByTestId("tcp-accept")).toHaveCount(0);
  });
});

test.describe("RAID capacity", () => {
  test("RAID 5 of 4 × 500 GB is 1.5 TB, 1.36 TiB as the OS shows", async ({ page }) => {
    await page.goto("/calculators/raid-capacity");
    await page.getByLabel("RAID level", { exact: true }).selectOption("5");
    await type(page, "Number of disks", "4");
    await type(page, "Disk size", "500GB");
    await expect(page.getByTestId("raid-usable-decimal")).toHaveText("1.5 TB");
    await expect(page.getByTestId("raid-usable-binary")).toHaveText("1.36 TiB");
    await expect(page.getByTestId("raid-efficiency")).toHaveText("75%");
    await expect(page.getByText(/500,000,000,000 bytes ÷ 2\^30 = 465\.66 GiB/)).toBeVisible();

    await page.getByLabel("RAID level", { exact: true }).selectOption("1");
    await type(page, "Number of disks", "2");
    await expect(page.getByTestId("raid-usable-binary")).toHaveText("465.66 GiB");
    await expect(page).toHaveURL(/level=1&count=2/);
    await page.reload();
    await expect(page.getByTestId("raid-usable-decimal")).toHaveText("500 GB");
    await expect(page.getByTestId("raid-usable-binary")).toHaveText("465.66 GiB");
  });

  test("an odd disk count for RAID 10 is an input error", async ({ page }) => {
    await page.goto("/calculators/raid-capacity");
    await page.getByLabel("RAID level", { exact: true }).selectOption("10");
    await type(page, "Number of disks", "5");
    await expectFieldError(page, "Number of disks", "RAID 10 needs an even number of disks (mirrored pairs).");
    await expect(page.getByTestId("raid-usable-decimal")).toHaveCount(0);
  });
});

test.describe("Cache hit ratio", () => {
  test("counters and the projection; the URL reproduces both", async ({ page }) => {
    await page.goto("/calculators/cache-hit-ratio");
    await type(page, "HIT", "700");
    await type(page, "MISS", "9300");
    await expect(page.getByTestId("cache-request-ratio")).toHaveText("7%");
    await type(page, "HIT", "6000");
    await type(page, "MISS", "4000");
    await expect(page.getByTestId("cache-request-ratio")).toHaveText("60%");

    await type(page, "Catalogue size", "1000000");
    await type(page, "Cache capacity", "500000");
    await type(page, "Popularity skew (Zipf α)", "0.4");
    await type(page, "Key split factor", "10");
    await expect(page.getByTestId("cache-projected")).toHaveText("7.5%");
    await expect(page.getByTestId("cache-projected-nosplit")).toHaveText("57.7%");

    await expect(page).toHaveURL(/hit=6000/);
    await expect(page).toHaveURL(/split=10/);
    await page.reload();
    await expect(page.getByTestId("cache-request-ratio")).toHaveText("60%");
    await expect(page.getByTestId("cache-projected")).toHaveText("7.5%");
  });

  test("invalid skew shows the message at the field", async ({ page }) => {
    await page.goto("/calculators/cache-hit-ratio");
    await type(page, "Popularity skew (Zipf α)", "4");
    await expectFieldError(page, "Popularity skew (Zipf α)", "Must be at most 3.");
    await expect(page.getByTestId("cache-projected")).toHaveCount(0);
    await expect(page.getByTestId("cache-request-ratio")).toBeVisible();
  });
});

test.describe("Exit code decoder", () => {
  test("137 is SIGKILL, 143 SIGTERM, -1 wraps to 255", async ({ page }) => {
    await page.goto("/calculators/exit-codes");
    await type(page, "Exit code", "137");
    await expect(page.getByTestId("exit-title")).toHaveText("Killed by SIGKILL");
    await expect(page.getByTestId("exit-signal")).toHaveText("9 SIGKILL");
    await expect(page.getByRole("link", { name: "Search “OOMKilled”" })).toHaveAttribute("href", "/runbooks?q=OOMKilled");
    await type(page, "Exit code", "-1");
    await expect(page.getByTestId("exit-status")).toHaveText("255");
    await type(page, "Exit code", "143");
    await expect(page.getByTestId("exit-title")).toHaveText("Killed by SIGTERM");
    await expect(page).toHaveURL(/code=143/);
    await page.reload();
    await expect(page.getByLabel("Exit code", { exact: true })).toHaveValue("143");
    await expect(page.getByTestId("exit-title")).toHaveText("Killed by SIGTERM");
  });

  test("a non-numeric code is an input error", async ({ page }) => {
    await page.goto("/calculators/exit-codes");
    await type(page, "Exit code", "abc");
    await expectFieldError(page, "Exit code", "Not a number: “abc”.");
    await expect(page.getByTestId("exit-title")).toHaveCount(0);
  });
});

test.describe("embedded in a runbook", () => {
  test("the CFS runbook embeds the calculator with its preset; the embed leaves the URL alone and opens the full page", async ({ page }) => {
    await page.goto("/runbooks/cfs-cpu-throttling");
    const embed = page.getByRole("region", { name: "CFS CPU throttling calculator" });
    await expect(embed.getByTestId("cfs-wall")).toHaveText("105 ms");
    await expect(embed.getByTestId("cfs-slowdown")).toHaveText("10.5×");
    await embed.getByLabel("Threads in parallel", { exact: true }).fill("1");
    await expect(embed.getByTestId("cfs-wall")).toHaveText("140 ms");
    await page.waitForTimeout(400);
    await expect(page).toHaveURL(/\/runbooks\/cfs-cpu-throttling$/);
    await embed.getByRole("link", { name: /Open in calculator/ }).click();
    await expect(page).toHaveURL(/\/calculators\/cfs-throttling\?.*threads=1/);
    await expect(page.getByTestId("cfs-wall")).toHaveText("140 ms");
  });

  test("a calculator page lists the runbooks that embed it", async ({ page }) => {
    await page.goto("/calculators/cfs-throttling");
    const list = page.getByRole("region", { name: "Runbooks that use this calculator" });
    await expect(list.getByRole("link", { name: "Container CPU throttling under a CFS limit" })).toHaveAttribute("href", "/runbooks/cfs-cpu-throttling");
  });
});
