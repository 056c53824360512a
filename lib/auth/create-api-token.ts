import "server-only";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/incidents/db-errors";
import { FieldValidationError } from "@/lib/incidents/errors";
import { authorize, type RequestContext } from "./actor";
import { toApiTokenDto } from "./api-token-dto";
import type { ApiTokenCreate, CreatedApiTokenDto } from "./api-token-schemas";
import { generateTokenSecret, hashToken, tokenPrefix } from "./token-secret";

const DAY = 24 * 3600_000;

/** Admins only. The secret is returned once and never stored: only its hash and prefix are. */
export async function createApiToken(ctx: RequestContext, input: ApiTokenCreate, now = new Date()): Promise<CreatedApiTokenDto> {
  authorize(ctx, "admin");
  const secret = generateTokenSecret();
  try {
    const row = await db().apiToken.create({
      data: {
        name: input.name,
        scopes: input.scopes.join(","),
        prefix: tokenPrefix(secret),
        hash: hashToken(secret),
        createdAt: now,
        createdBy: ctx.actor.name,
        expiresAt: input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * DAY) : null,
      },
    });
    return { token: toApiTokenDto(row, now), secret };
  } catch (error) {
    if (isUniqueViolation(error)) throw new FieldValidationError({ name: `A token named "${input.name}" exists already (revoked tokens keep their names)` });
    throw error;
  }
}
