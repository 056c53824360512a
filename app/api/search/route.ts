import { apiRoute, jsonResponse } from "@/lib/http/api-route";
import { runSearch } from "@/lib/search/run-search";
import { searchQuerySchema } from "@/lib/search/search-schemas";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ query: searchQuerySchema, access: "public" }, async ({ ctx, query }) => jsonResponse(await runSearch(ctx, query)));
