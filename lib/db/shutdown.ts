import { closeDb } from "./client";

/**
 * PGlite must be closed before the process ends, or the next start has to recover it. The server
 * (scripts/serve.mjs, as `next start` did) answers SIGINT/SIGTERM with a synchronous process.exit()
 * once its requests are done, which would cut an async close short. So every exit first closes the database (at most 5 s), then runs `afterClose`
 * (gives the data directory's lock back), then exits as asked.
 */
export function closeDbOnExit(afterClose: () => void = () => undefined): void {
  const realExit = process.exit.bind(process);
  let exiting = false;
  process.exit = ((code?: number | string | null) => {
    if (exiting) return undefined as never;
    exiting = true;
    const timeout = new Promise((r) => setTimeout(r, 5000).unref());
    Promise.race([closeDb(), timeout])
      .then(() => console.log(`[server] database closed, exiting (${code ?? 0})`))
      .catch((e) => console.error("[server] closing the database failed", e))
      .finally(() => {
        try {
          afterClose();
        } finally {
          realExit(code ?? undefined);
        }
      });
    return undefined as never;
  }) as typeof process.exit;
}
