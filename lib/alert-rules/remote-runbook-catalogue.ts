import { z } from "zod";
import { runbookListSchema } from "@/lib/runbooks/runbook-list-dto";
import type { CatalogueRunbook, RunbookCatalogue } from "./check-alert-rules";

/**
 * The runbooks of a running Triage, through its API: GET /api/runbooks once
 * (slugs and the alerts each lists), GET /api/search?type=runbook per rule
 * without a runbook. For checking rules against what is deployed rather than
 * a checkout.
 */

export class RemoteCatalogueError extends Error {}

/** The part of GET /api/search's answer this reads. */
const searchAnswerSchema = z.object({
  results: z.array(z.object({ type: z.string(), id: z.string(), title: z.string(), score: z.number() })),
});

export async function remoteRunbookCatalogue(serverUrl: string, token: string | undefined, fetcher: typeof fetch = fetch): Promise<RunbookCatalogue> {
  const root = serverUrl.replace(/\/+$/, "");
  const get = async <T>(path: string, schema: z.ZodType<T>): Promise<T> => {
    const url = `${root}${path}`;
    let response: Response;
    try {
      response = await fetcher(url, { headers: { accept: "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) } });
    } catch (error) {
      throw new RemoteCatalogueError(`cannot reach ${url}: ${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)}`);
    }
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const message = z.object({ error: z.object({ message: z.string() }) }).safeParse(body);
      const hint = response.status === 401 || response.status === 403 ? " (pass --token or set TRIAGE_TOKEN to an API token with incidents:read)" : "";
      throw new RemoteCatalogueError(`${url} answered ${response.status}${message.success ? `: ${message.data.error.message}` : ""}${hint}`);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new RemoteCatalogueError(`${url} did not answer as a Triage server does: ${parsed.error.issues[0]?.message ?? "unexpected body"}`);
    return parsed.data;
  };

  const { runbooks } = await get("/api/runbooks", runbookListSchema);
  const bySlug = new Map<string, CatalogueRunbook>(runbooks.map((r) => [r.slug, { slug: r.slug, title: r.title }]));
  const byAlert = new Map<string, CatalogueRunbook>();
  const byLowerAlert = new Map<string, CatalogueRunbook>();
  for (const r of runbooks) {
    for (const alert of r.alerts) {
      if (!byAlert.has(alert)) byAlert.set(alert, { slug: r.slug, title: r.title });
      if (!byLowerAlert.has(alert.toLowerCase())) byLowerAlert.set(alert.toLowerCase(), { slug: r.slug, title: r.title });
    }
  }
  return {
    runbook: (slug) => bySlug.get(slug),
    runbookForAlert: (alert) => byAlert.get(alert),
    // As the server's /runbooks/alerts/<name> page resolves it (findRunbookForAlertPage).
    runbookForAlertPage: (name) => byAlert.get(name) ?? byLowerAlert.get(name.toLowerCase()),
    search: async (text, limit) => {
      const params = new URLSearchParams({ q: text, type: "runbook", limit: String(limit) });
      const { results } = await get(`/api/search?${params}`, searchAnswerSchema);
      return results.filter((r) => r.type === "runbook").map((r) => ({ slug: r.id, title: r.title, score: r.score }));
    },
  };
}
