import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GET as getRunbooks } from "@/app/api/runbooks/route";
import { GET as getSearch } from "@/app/api/search/route";
import { checkAlertRules } from "@/lib/alert-rules/check-alert-rules";
import { localRunbookCatalogue } from "@/lib/alert-rules/local-runbook-catalogue";
import { readRuleFile } from "@/lib/alert-rules/read-rule-file";
import { RemoteCatalogueError, remoteRunbookCatalogue } from "@/lib/alert-rules/remote-runbook-catalogue";
import { parseBaseUrl } from "@/lib/alert-rules/runbook-link";
import { listRunbooks } from "@/lib/runbooks/runbook-index";
import { runbookListSchema } from "@/lib/runbooks/runbook-list-dto";

/** A fetch that answers from the real route handlers, as a running server would. */
const routes: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const { pathname } = new URL(request.url);
  if (pathname === "/api/runbooks") return getRunbooks(request);
  if (pathname === "/api/search") return getSearch(request);
  return Response.json({ error: { code: "not_found", message: "no route", fields: {} } }, { status: 404 });
};

describe("check-rules --url (the API of a running Triage)", () => {
  it("GET /api/runbooks lists every runbook with its alerts, in the schema clients parse it with", async () => {
    const body = runbookListSchema.parse(await (await getRunbooks(new Request("http://triage.test/api/runbooks"))).json());
    expect(body.runbooks.map((r) => r.slug).sort()).toEqual(listRunbooks().map((r) => r.slug).sort());
    expect(body.runbooks.find((r) => r.slug === "pod-crashloopbackoff")).toMatchObject({ alerts: ["KubePodCrashLooping"], url: "/runbooks/pod-crashloopbackoff" });
  });

  it("gives the same verdicts and suggestions as the offline check", async () => {
    const file = "tests/fixtures/rules/team/platform-rules.yaml";
    const rules = readRuleFile(file, readFileSync(file, "utf8")).rules;
    const base = parseBaseUrl("https://triage.example.com")!;
    const input = { rules, files: 1, recordingRules: 0 };
    const remote = await checkAlertRules(input, base, await remoteRunbookCatalogue("http://triage.test/", undefined, routes));
    const local = await checkAlertRules(input, base, localRunbookCatalogue());
    const verdicts = (report: typeof local) => report.checks.map((c) => [c.rule.alert, c.ok, c.problem?.code, c.suggestions.map((s) => s.slug)]);
    expect(verdicts(remote)).toEqual(verdicts(local));
    expect(remote.summary).toEqual(local.summary);
  });

  it("says what is wrong when the server cannot be used", async () => {
    const refusing: typeof fetch = async () => Response.json({ error: { code: "unauthorized", message: "Send Authorization: Bearer <token>", fields: {} } }, { status: 401 });
    await expect(remoteRunbookCatalogue("http://triage.test", undefined, refusing)).rejects.toThrow(
      new RemoteCatalogueError("http://triage.test/api/runbooks answered 401: Send Authorization: Bearer <token> (pass --token or set TRIAGE_TOKEN to an API token with incidents:read)"),
    );
    const notTriage: typeof fetch = async () => Response.json({ hello: "world" });
    await expect(remoteRunbookCatalogue("http://triage.test", undefined, notTriage)).rejects.toThrow(/did not answer as a Triage server does/);
    const down: typeof fetch = async () => {
      throw new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED 127.0.0.1:3899") });
    };
    await expect(remoteRunbookCatalogue("http://127.0.0.1:3899", undefined, down)).rejects.toThrow("cannot reach http://127.0.0.1:3899/api/runbooks: connect ECONNREFUSED 127.0.0.1:3899");
  });

  it("sends the token", async () => {
    const seen: (string | null)[] = [];
    const recording: typeof fetch = async (input, init) => {
      seen.push(new Headers(init?.headers).get("authorization"));
      return Response.json({ runbooks: [] });
    };
    await remoteRunbookCatalogue("http://triage.test", "trg_secret", recording);
    expect(seen).toEqual(["Bearer trg_secret"]);
  });
});
