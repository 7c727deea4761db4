/**
 * Is this error the database failing to write (disk full, read-only file system, I/O error)? Such a
 * write is answered with 503 "storageUnavailable" (a condition of the server, not a bug to hide behind
 * a generic 500). Recognised by PostgreSQL's SQLSTATE class 53 (insufficient resources: 53100
 * disk_full) or 58 (system error: I/O), wherever Prisma or the driver put it, or by the operating
 * system's message. Pure.
 */
const STORAGE_SQLSTATE = /^(53|58)[0-9A-Z]{3}$/;
const STORAGE_MESSAGE = /No space left on device|Read-only file system|could not extend file|could not write (to )?file|ENOSPC|EROFS|EDQUOT|Disk quota exceeded/i;

export function isStorageFailure(e: unknown): boolean {
  return matches(e, (code) => STORAGE_SQLSTATE.test(code) || code === "ENOSPC" || code === "EROFS" || code === "EDQUOT", STORAGE_MESSAGE);
}

/**
 * Is this error the database being too busy for this request right now: no pooled connection or no
 * transaction slot within the wait (Prisma P2024, P2028), a lock not granted in time (55P03), a
 * statement cancelled by its timeout (57014), or a serialization failure / deadlock (40001, 40P01)?
 * Answered with 503 "busy" and a short Retry-After: nothing was written (the transaction was rolled
 * back), and the same request a moment later succeeds. Pure.
 */
const BUSY_CODES = new Set(["P2024", "P2028", "P2034", "55P03", "57014", "40001", "40P01"]);
const BUSY_MESSAGE = /Unable to start a transaction in the given time|Transaction already closed|Timed out fetching a new connection from the connection pool/i;

export function isBusy(e: unknown): boolean {
  return matches(e, (code) => BUSY_CODES.has(code), BUSY_MESSAGE);
}

/** Walks an error as Prisma and the drivers nest it (cause, meta, driverAdapterError, errors[]). */
function matches(e: unknown, code: (c: string) => boolean, message: RegExp, depth = 0): boolean {
  if (depth > 6 || e === null || typeof e !== "object") return false;
  const o = e as Record<string, unknown>;
  for (const key of ["code", "originalCode", "sqlState"]) {
    const v = o[key];
    if (typeof v === "string" && code(v)) return true;
  }
  for (const key of ["message", "originalMessage"]) {
    const v = o[key];
    if (typeof v === "string" && message.test(v)) return true;
  }
  const nested = [o.cause, o.meta, o.driverAdapterError, ...(Array.isArray(o.errors) ? o.errors : [])];
  return nested.some((n) => matches(n, code, message, depth + 1));
}
