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

/**
 * The database did not let the statement run in time: SQLite's write lock held by another
 * process past the busy timeout (an import is one long transaction), which Prisma reports as
 * P1008 on model queries and as a driver adapter error of kind SocketTimeout on raw ones.
 */
export function isDatabaseBusy(error: unknown): boolean {
  if (prismaCode(error) === "P1008") return true;
  if (typeof error !== "object" || error === null || !("meta" in error)) return false;
  const meta: unknown = error.meta;
  if (typeof meta !== "object" || meta === null || !("driverAdapterError" in meta)) return false;
  const adapterError: unknown = meta.driverAdapterError;
  if (typeof adapterError !== "object" || adapterError === null || !("cause" in adapterError)) return false;
  const cause: unknown = adapterError.cause;
  return typeof cause === "object" && cause !== null && "kind" in cause && cause.kind === "SocketTimeout";
}
