import "server-only";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/incidents/errors";
import { authorize, type RequestContext } from "./actor";
import { toApiTokenDto } from "./api-token-dto";
import type { ApiTokenDto } from "./api-token-schemas";

/** Revokes at once (the next request with it gets 401). The row stays, so its name on old timeline entries still means something. Admins only. */
export async function revokeApiToken(ctx: RequestContext, id: number, now = new Date()): Promise<ApiTokenDto> {
  authorize(ctx, "admin");
  const existing = await db().apiToken.findUnique({ where: { id } });
  if (!existing) throw new NotFoundError(`API token ${id} not found`);
  const row = existing.revokedAt ? existing : await db().apiToken.update({ where: { id }, data: { revokedAt: now } });
  return toApiTokenDto(row, now);
}
