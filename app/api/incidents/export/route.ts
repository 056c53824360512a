import { apiRoute } from "@/lib/http/api-route";
import { exportIncidents } from "@/lib/incidents/export-incidents";
import { incidentExportQuerySchema } from "@/lib/incidents/incident-schemas";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ query: incidentExportQuerySchema }, async ({ ctx, query }) => {
  const file = await exportIncidents(ctx, query);
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "no-store",
      "X-Total-Count": String(file.count),
      "X-Export-Truncated": String(file.truncated),
    },
  });
});
