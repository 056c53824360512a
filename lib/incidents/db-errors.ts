/**
 * Prisma error codes, checked by code rather than by class: the SQLite and
 * PostgreSQL clients are generated separately, so `instanceof` against one of
 * them is not a reliable test for errors thrown by the other.
 */
function prismaCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}

/** A unique constraint refused the write (P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return prismaCode(error) === "P2002";
}
