import { checkReadiness } from "@/lib/health/check-readiness";

export const dynamic = "force-dynamic";

/** Kubernetes readinessProbe: 200 when the database answers with every migration applied, else 503 (README: Security → Health endpoints). */
export async function GET() {
  const ready = await checkReadiness();
  return Response.json({ status: ready ? "ok" : "not ready" }, { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
