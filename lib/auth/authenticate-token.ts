import "server-only";
import { getConfig } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { HttpError } from "@/lib/http/http-error";
import { BOOTSTRAP_TOKEN_NAME, type Actor } from "./actor";
import { TOKEN_SCOPES, parseScopes } from "./roles";
import { looksLikeApiToken, matchesHash, sameSecret, tokenPrefix } from "./token-secret";

const CHALLENGE = { "WWW-Authenticate": 'Bearer realm="triage", error="invalid_token"' };
/** last-used is written at most this often per token, so a busy token does not write on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

const refuse = (message: string) => new HttpError(401, "unauthorized", message, CHALLENGE);

/**
 * `Authorization: Bearer <secret>` → the token's actor, or 401. The secret is
 * never put in a message or a log line: errors name the token by its prefix
 * or its name only.
 */
export async function authenticateToken(secret: string, now = new Date()): Promise<Actor> {
  const bootstrap = getConfig().auth.bootstrapToken;
  if (bootstrap && sameSecret(secret, bootstrap)) {
    return { kind: "token", id: "bootstrap", name: BOOTSTRAP_TOKEN_NAME, email: null, role: null, permissions: [...TOKEN_SCOPES], source: "bootstrap-token" };
  }
  if (!looksLikeApiToken(secret)) throw refuse("The bearer token is not valid");
  // Found by prefix, then compared in constant time (a lookup by the full hash would be a timing oracle on the index).
  const candidates = await db().apiToken.findMany({ where: { prefix: tokenPrefix(secret) } });
  const row = candidates.find((candidate) => matchesHash(secret, candidate.hash));
  if (!row) throw refuse("The bearer token is not valid");
  if (row.revokedAt) throw refuse(`The token "${row.name}" was revoked`);
  if (row.expiresAt && row.expiresAt <= now) throw refuse(`The token "${row.name}" expired at ${row.expiresAt.toISOString()}`);
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await db().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { kind: "token", id: String(row.id), name: row.name, email: null, role: null, permissions: parseScopes(row.scopes), source: "token" };
}
