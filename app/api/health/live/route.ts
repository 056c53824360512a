import { refuseQueryParams } from "@/lib/http/api-route";
import type { StatusOk } from "@/lib/health/health-schemas";

export const dynamic = "force-dynamic";

/** Kubernetes livenessProbe: the process serves requests. Touches no database (README: Security → Health endpoints). */
export function GET(request: Request) {
  return refuseQueryParams(request) ?? Response.json({ status: "ok" } satisfies StatusOk, { headers: { "Cache-Control": "no-store" } });
}
