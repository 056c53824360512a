import { refuseQueryParams } from "@/lib/http/api-route";
import { checkReadiness } from "@/lib/health/check-readiness";
import type { NotReady, StatusOk } from "@/lib/health/health-schemas";

export const dynamic = "force-dynamic";

/** Kubernetes readinessProbe: 200 when the database answers with every migration applied, else 503 (README: Security → Health endpoints). */
export async function GET(request: Request) {
  const refused = refuseQueryParams(request);
  if (refused) return refused;
  const ready = await checkReadiness();
  const body: StatusOk | NotReady = ready ? { status: "ok" } : { status: "not ready" };
  return Response.json(body, { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
