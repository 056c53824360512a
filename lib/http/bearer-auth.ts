import { createHash, timingSafeEqual } from "node:crypto";
import { getConfig } from "@/lib/config/env";
import { HttpError } from "./http-error";

const CHALLENGE = { "WWW-Authenticate": 'Bearer realm="triage"' };

/** Compares digests, so neither the content nor the length of the token leaks through timing. */
function sameToken(given: string, expected: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** When TRIAGE_API_TOKEN is set, the request must carry `Authorization: Bearer <token>` (else 401). */
export function requireBearerToken(request: Request): void {
  const expected = getConfig().apiToken;
  if (!expected) return;
  const header = request.headers.get("authorization")?.trim() ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new HttpError(401, "unauthorized", "Writes need an Authorization: Bearer <token> header (the server's TRIAGE_API_TOKEN)", CHALLENGE);
  if (!sameToken(match[1], expected)) throw new HttpError(401, "unauthorized", "The bearer token is not valid", CHALLENGE);
}
