import { apiRoute, jsonResponse } from "@/lib/http/api-route";
import { runSearch } from "@/lib/search/run-search";
import { searchBodySchema, searchQuerySchema } from "@/lib/search/search-schemas";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ query: searchQuerySchema, access: "public" }, async ({ ctx, query }) => jsonResponse(await runSearch(ctx, query)));

/** The same search with its fields in a JSON body, for a pasted log too long for a URL: a read, whatever the method. */
export const POST = apiRoute({ body: searchBodySchema, access: "public", read: true }, async ({ ctx, body }) => jsonResponse(await runSearch(ctx, body)));
