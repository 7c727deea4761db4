/**
 * Is this error the database failing to write (disk full, read-only file system, I/O error)? Such a
 * write is answered with 503 "storageUnavailable" (a condition of the server, not a bug to hide behind
 * a generic 500). Recognised by PostgreSQL's SQLSTATE class 53 (insufficient resources: 53100
 * disk_full) or 58 (system error: I/O), wherever Prisma or the driver put it, or by the operating
 * system's message. Pure.
 */
const STORAGE_SQLSTATE = /^(53|58)[0-9A-Z]{3}$/;
const STORAGE_MESSAGE = /No space left on device|Read-only file system|could not extend file|could not write (to )?file|ENOSPC|EROFS|EDQUOT|Disk quota exceeded/i;

export function isStorageFailure(e: unknown, depth = 0): boolean {
  if (depth > 6 || e === null || typeof e !== "object") return false;
  const o = e as Record<string, unknown>;
  for (const key of ["code", "originalCode", "sqlState"]) {
    const v = o[key];
    if (typeof v === "string" && (STORAGE_SQLSTATE.test(v) || v === "ENOSPC" || v === "EROFS" || v === "EDQUOT")) return true;
  }
  for (const key of ["message", "originalMessage"]) {
    const v = o[key];
    if (typeof v === "string" && STORAGE_MESSAGE.test(v)) return true;
  }
  const nested = [o.cause, o.meta, o.driverAdapterError, ...(Array.isArray(o.errors) ? o.errors : [])];
  return nested.some((n) => isStorageFailure(n, depth + 1));
}
