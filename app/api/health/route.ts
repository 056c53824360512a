import { refuseQueryParams } from "@/lib/http/api-route";
import { healthResponse } from "@/lib/health/health-response";

export const dynamic = "force-dynamic";

/** Status for everyone; database details with a token or an admin session (lib/health/health-response.ts). */
export async function GET(request: Request): Promise<Response> {
  return refuseQueryParams(request) ?? (await healthResponse(request));
}
