import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/incidents/route";
import { getConfig } from "@/lib/config/env";
import { resetDatabase } from "@/lib/db/reset-database";
import { createIncident } from "@/lib/incidents/create-incident";
import { anonymousEditor } from "../support/actors";
import type { IncidentDto, IncidentListDto } from "@/lib/incidents/incident-dto";
import { SEVERITIES, SORT_KEYS, STATUSES, incidentCreateSchema } from "@/lib/incidents/incident-schemas";

const kind = getConfig().database.kind;
const HOUR = 3600_000;
const base = Date.UTC(2026, 9, 1, 8); // 2026-10-01T08:00Z
const TITLES = ["Disk full", "disk full", "DNS timeouts", "OOM killed", "Zebra stripes"];
const SERVICES = ["checkout", "payments", "search", "auth"];
const N = 40;

async function list(query: string): Promise<{ status: number; body: IncidentListDto & { error?: { fields: Record<string, string> } } }> {
  const response = await GET(new Request(`http://localhost/api/incidents?${query}`));
  return { status: response.status, body: await response.json() };
}

/** Follows nextCursor to the end, `limit` at a time. */
async function walk(query: string, limit: number): Promise<IncidentDto[]> {
  const all: IncidentDto[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page++) {
    const { status, body } = await list(`${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
    expect(status).toBe(200);
    expect(body.items.length).toBeLessThanOrEqual(limit);
    all.push(...body.items);
    cursor = body.nextCursor;
    if (!cursor) return all;
  }
  throw new Error("pagination did not end");
}

/**
 * 40 incidents built for ties: three share each start time, five titles
 * (two differing only in case), resolution times repeating, a third open.
 */
async function seed(): Promise<void> {
  for (let i = 0; i < N; i++) {
    const startedAt = new Date(base + Math.floor(i / 3) * HOUR);
    const status = STATUSES[i % 3];
    await createIncident(
      anonymousEditor(),
      incidentCreateSchema.parse({
        title: TITLES[i % 5],
        severity: SEVERITIES[i % 4],
        status,
        service: SERVICES[Math.floor(i / 2) % 4],
        environment: i % 2 ? "prod-eks-1" : "staging",
        reporter: "seed",
        startedAt: startedAt.toISOString(),
        result: status === "resolved" ? "Fixed" : "",
        resolvedAt: status === "resolved" ? new Date(startedAt.getTime() + ((i * 7) % 5) * 10 * 60_000).toISOString() : undefined,
        runbooks: i % 4 === 0 ? ["pod-pending"] : [],
      }),
    );
  }
}

const ids = (items: IncidentDto[]) => items.map((i) => i.id);

describe(`incident list on ${kind}`, () => {
  describe("sorting and cursor pagination", () => {
    beforeAll(async () => {
      await resetDatabase();
      await seed();
    });

    for (const sort of SORT_KEYS) {
      for (const order of ["desc", "asc"] as const) {
        it(`sort=${sort}&order=${order}: pages of 7 add up to the whole list, no duplicates, no gaps`, async () => {
          const whole = await list(`sort=${sort}&order=${order}&limit=100`);
          expect(whole.body.items).toHaveLength(N);
          expect(whole.body.nextCursor).toBeNull();
          const paged = await walk(`sort=${sort}&order=${order}`, 7);
          expect(ids(paged)).toEqual(ids(whole.body.items));
          expect(new Set(ids(paged)).size).toBe(N);
        });
      }
    }

    it("startedAt: newest first by default, ties broken by id", async () => {
      const items = (await list("limit=100")).body.items;
      for (let k = 1; k < items.length; k++) {
        const [a, b] = [items[k - 1], items[k]];
        expect(a.startedAt > b.startedAt || (a.startedAt === b.startedAt && a.id > b.id)).toBe(true);
      }
    });

    it("severity desc puts SEV1 first, status desc puts open first; newest first inside a group", async () => {
      const bySeverity = (await list("sort=severity&limit=100")).body.items;
      expect([...new Set(bySeverity.map((i) => i.severity))]).toEqual(["SEV1", "SEV2", "SEV3", "SEV4"]);
      const sev1 = bySeverity.filter((i) => i.severity === "SEV1").map((i) => i.startedAt);
      expect(sev1).toEqual([...sev1].sort().reverse());
      const byStatusAsc = (await list("sort=status&order=asc&limit=100")).body.items;
      expect([...new Set(byStatusAsc.map((i) => i.status))]).toEqual(["resolved", "mitigated", "open"]);
    });

    it("timeToResolve: shortest first ascending, unresolved last either way", async () => {
      for (const order of ["asc", "desc"]) {
        const items = (await list(`sort=timeToResolve&order=${order}&limit=100`)).body.items;
        const times = items.map((i) => i.timeToResolveMs);
        const firstNull = times.indexOf(null);
        expect(times.slice(firstNull).every((t) => t === null)).toBe(true);
        const resolved = times.slice(0, firstNull) as number[];
        expect(resolved).toEqual([...resolved].sort((a, b) => (order === "asc" ? a - b : b - a)));
      }
    });

    it("title: equal titles stay together, ordered by id", async () => {
      const items = (await list("sort=title&order=asc&limit=100")).body.items;
      for (const title of TITLES) {
        const positions = items.flatMap((item, k) => (item.title === title ? [k] : []));
        expect(positions[positions.length - 1] - positions[0]).toBe(positions.length - 1);
        const group = ids(items.filter((i) => i.title === title));
        expect(group).toEqual([...group].sort((a, b) => a - b));
      }
    });

    it("pages with filters, and a cursor stays valid when a newer incident arrives between pages", async () => {
      const first = await list("status=open,mitigated&severity=SEV1&severity=SEV2&limit=4");
      expect(first.body.items.every((i) => ["open", "mitigated"].includes(i.status) && ["SEV1", "SEV2"].includes(i.severity))).toBe(true);
      const whole = (await list("status=open,mitigated&severity=SEV1,SEV2&limit=100")).body.items;
      const paged = await walk("status=open&status=mitigated&severity=SEV1,SEV2", 4);
      expect(ids(paged)).toEqual(ids(whole));

      const page1 = await list("limit=10");
      await createIncident(anonymousEditor(), incidentCreateSchema.parse({ title: "Late", severity: "SEV1", service: "x", environment: "y", reporter: "z", startedAt: new Date(base + 100 * HOUR).toISOString() }));
      const page2 = await list(`limit=10&cursor=${page1.body.nextCursor}`);
      const before = (await list("limit=100")).body.items.filter((i) => i.title !== "Late");
      expect([...ids(page1.body.items), ...ids(page2.body.items)]).toEqual(ids(before.slice(0, 20)));
    });

    it("400 at cursor for a cursor that is garbage or belongs to another sort", async () => {
      const { body } = await list("sort=title&limit=5");
      for (const query of [`cursor=${body.nextCursor}`, "cursor=bm90LWpzb24", `sort=title&order=asc&cursor=${body.nextCursor}`]) {
        const response = await list(query);
        expect(response.status).toBe(400);
        expect(Object.keys(response.body.error!.fields)).toEqual(["cursor"]);
      }
    });

    it("400 saying a parameter that takes one value must be given once, not that the value is wrong", async () => {
      for (const [query, field] of [
        ["limit=10&limit=10", "limit"],
        ["sort=title&sort=title", "sort"],
        ["order=asc&order=desc", "order"],
        ["service=checkout&service=checkout", "service"],
      ]) {
        const response = await list(query);
        expect(response.status, query).toBe(400);
        expect(response.body.error!.fields, query).toEqual({ [field]: `${field} must be given once` });
      }
    });

    it("400 for a limit out of range or an unknown sort", async () => {
      for (const [query, field] of [
        ["limit=0", "limit"],
        ["limit=101", "limit"],
        ["sort=priority", "sort"],
        ["status=closed", "status.0"],
      ]) {
        const response = await list(query);
        expect(response.status).toBe(400);
        expect(Object.keys(response.body.error!.fields)).toEqual([field]);
      }
    });
  });

  describe("filters", () => {
    beforeAll(async () => {
      await resetDatabase();
      await seed();
    });

    const all = async (query: string) => (await list(`${query}&limit=100`)).body.items;

    it.each([
      ["status=resolved", (i: IncidentDto) => i.status === "resolved"],
      ["status=open&status=mitigated", (i: IncidentDto) => i.status !== "resolved"],
      ["severity=SEV1,SEV4", (i: IncidentDto) => i.severity === "SEV1" || i.severity === "SEV4"],
      ["service=payments", (i: IncidentDto) => i.service === "payments"],
      ["runbook=pod-pending", (i: IncidentDto) => i.runbooks.includes("pod-pending")],
      ["from=2026-10-01T12:00:00Z", (i: IncidentDto) => i.startedAt >= "2026-10-01T12:00:00.000Z"],
      ["to=2026-10-01", (i: IncidentDto) => i.startedAt < "2026-10-02"],
      ["from=2026-10-01T10:00:00%2B02:00&to=2026-10-01T12:00:00Z", (i: IncidentDto) => i.startedAt >= "2026-10-01T08:00:00.000Z" && i.startedAt <= "2026-10-01T12:00:00.000Z"],
      ["service=search&status=open&severity=SEV1", (i: IncidentDto) => i.service === "search" && i.status === "open" && i.severity === "SEV1"],
    ])("%s", async (query, expected) => {
      const everything = await all("");
      const matching = everything.filter(expected);
      expect(matching.length).toBeGreaterThan(0);
      expect(ids(await all(query))).toEqual(ids(matching));
    });

    it("an empty parameter is not given, whichever it is (hasAlert=, sort=, limit= and fixWorked= were 400 where status= was ignored)", async () => {
      const plain = await list("");
      expect(await list("status=&service=&hasAlert=&hasRunbook=&fixWorked=&sort=&order=&limit=&q=&from=")).toEqual(plain);
      expect((await list("severty=")).status).toBe(400);
    });

    it("a filter that matches nothing gives an empty page", async () => {
      expect(await list("service=nope")).toEqual({ status: 200, body: { items: [], nextCursor: null } });
    });
  });

  describe("text search (q)", () => {
    beforeEach(resetDatabase);

    async function make(fields: Record<string, string>) {
      const input = { title: "Untitled", severity: "SEV3", service: "svc", environment: "env", reporter: "r", startedAt: new Date(base).toISOString(), ...fields };
      return createIncident(anonymousEditor(), incidentCreateSchema.parse(input));
    }
    const q = async (text: string) => ids((await list(`q=${encodeURIComponent(text)}&limit=100`)).body.items).sort((a, b) => a - b);

    it("ignores case in every script, on both databases", async () => {
      const ascii = await make({ title: "Checkout returns 502" });
      const german = await make({ title: "Ärger mit der Datenbank" });
      const chinese = await make({ title: "数据库连接超时", phenomenon: "订单服务报错 Connection refused" });
      const fullWidth = await make({ title: "ＤＮＳ 解析失败" });
      expect(await q("CHECKOUT")).toEqual([ascii.id]);
      expect(await q("checkout RETURNS")).toEqual([ascii.id]);
      expect(await q("ärger")).toEqual([german.id]);
      expect(await q("ÄRGER")).toEqual([german.id]);
      expect(await q("数据库")).toEqual([chinese.id]);
      expect(await q("连接超时")).toEqual([chinese.id]);
      expect(await q("CONNECTION 订单")).toEqual([chinese.id]);
      expect(await q("dns")).toEqual([fullWidth.id]);
      expect(await q("超时 checkout")).toEqual([]);
    });

    it("searches title, the four sections, service, environment and alert name, and nothing else", async () => {
      const fields = { title: "tangerine needle", phenomenon: "pineapple needle", cause: "cherry needle", fix: "apricot needle", result: "raspberry needle", service: "strawberry-needle", environment: "elderberry-needle" };
      const made: Record<string, number> = {};
      for (const [field, value] of Object.entries(fields)) made[field] = (await make({ [field]: value, ...(field === "result" ? { status: "resolved" } : {}) })).id;
      const reporterOnly = await make({ reporter: "kiwi" });
      expect(await q("NEEDLES")).toEqual(Object.values(made).sort((a, b) => a - b));
      expect(await q("kiwi")).not.toContain(reporterOnly.id);
      for (const [field, value] of Object.entries(fields)) expect(await q(value.split(/[ -]/)[0].toUpperCase())).toEqual([made[field]]);
    });

    it("every word of q must match, by the search index's rules (stems, case, CamelCase parts)", async () => {
      const crash = await make({ title: "order-api CrashLoopBackOff", phenomenon: "Pods restarting after the deploy" });
      const oom = await make({ title: "checkout OOMKilled", phenomenon: "pod restarted" });
      expect(await q("restarts")).toEqual([crash.id, oom.id]);
      expect(await q("crash loop")).toEqual([crash.id]);
      expect(await q("oomkilled RESTART")).toEqual([oom.id]);
      expect(await q("oomkilled deploy")).toEqual([]);
    });

    it("treats quotes, operators, brackets, wildcards and SQL in q as plain text", async () => {
      const percent = await make({ title: "CPU at 100% on node_7", fix: "del C:\\temp\\x" });
      const other = await make({ title: "CPU at 1000 on nodeX7", fix: "del C:temp" });
      expect(await q("temp")).toEqual([percent.id, other.id]);
      expect(await q('"cpu" AND "1000"')).toEqual([other.id]);
      for (const text of ["%", "*", '"', "'", "\\", "-", ":", "(", "NEAR(cpu node)", "cpu OR nothing", "cpu*", "cpu:*", "-cpu", "cpu & !node", `'; DROP TABLE "Incident"; --`, "\u0000cpu"]) {
        const response = await list(`q=${encodeURIComponent(text)}&limit=100`);
        expect(response.status, text).toBe(200);
      }
      // No searchable word: nothing matches (rather than everything).
      expect(await q("%")).toEqual([]);
      expect(await q("NEAR(cpu node)")).toEqual([]);
      expect(await q("cpu*")).toEqual([percent.id, other.id]);
      expect(await q("\u0000cpu")).toEqual([percent.id, other.id]);
      expect(await q(`'; DROP TABLE "Incident"; --`)).toEqual([]);
      expect(await q("cpu")).toEqual([percent.id, other.id]);
    });

    it("finds incidents after an edit changed the text", async () => {
      const { updateIncident } = await import("@/lib/incidents/update-incident");
      const incident = await make({ title: "Before" });
      await updateIncident(anonymousEditor(), incident.id, { title: "After the RENAME" });
      expect(await q("before")).toEqual([]);
      expect(await q("rename")).toEqual([incident.id]);
    });
  });
});
