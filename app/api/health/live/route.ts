export const dynamic = "force-dynamic";

/** Kubernetes livenessProbe: the process serves requests. Touches no database (README: Security → Health endpoints). */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
