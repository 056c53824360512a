import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type RequestContext } from "./actor";
import { toApiTokenDto } from "./api-token-dto";
import type { ApiTokenDto } from "./api-token-schemas";

/** Every token, newest first (revoked and expired ones too, marked so). Admins only. */
export async function listApiTokens(ctx: RequestContext, now = new Date()): Promise<ApiTokenDto[]> {
  authorize(ctx, "admin");
  const rows = await db().apiToken.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  return rows.map((row) => toApiTokenDto(row, now));
}
