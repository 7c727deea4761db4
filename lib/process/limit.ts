/**
 * At most `max` calls of some work at once in this process; the rest wait their turn, first come,
 * first served. Used where a burst of the same heavy request would otherwise take every database
 * connection (PostgreSQL's pool, PGlite's single one) and make everyone else's short reads wait
 * behind all of it: with a limit, a read waits for at most `max` of them. Per process on purpose:
 * it shares this process's connections, not a budget between instances.
 */
export function concurrencyLimit(max: number) {
  if (!Number.isInteger(max) || max < 1) throw new RangeError("concurrencyLimit: max must be a positive integer");
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  return async function limited<T>(work: () => Promise<T>): Promise<T> {
    if (running < max) running++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await work();
    } finally {
      release();
    }
  };
}
