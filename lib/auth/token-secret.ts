import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * API token secrets: `trg_` + 32 random bytes in base64url. Only the SHA-256
 * is stored (a 256-bit random secret needs no slow hash); the first 12
 * characters are kept as the prefix people recognise a token by.
 */

export const TOKEN_PREFIX = "trg_";
const PREFIX_LENGTH = TOKEN_PREFIX.length + 8;
const SHAPE = /^trg_[A-Za-z0-9_-]{43}$/;

export function generateTokenSecret(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

export const looksLikeApiToken = (secret: string) => SHAPE.test(secret);
export const tokenPrefix = (secret: string) => secret.slice(0, PREFIX_LENGTH);
export const hashToken = (secret: string) => createHash("sha256").update(secret, "utf8").digest("hex");

/** Compares digests in constant time, so neither content nor length leaks through timing. */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Compares a secret with a stored hex SHA-256 in constant time. */
export function matchesHash(given: string, storedHash: string): boolean {
  const expected = Buffer.from(storedHash, "hex");
  const actual = createHash("sha256").update(given, "utf8").digest();
  return expected.length === actual.length && timingSafeEqual(actual, expected);
}
