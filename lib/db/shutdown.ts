import { closeDb } from "./client";

/** Closes the database on SIGINT/SIGTERM before the process exits (PGlite must not be cut off). */
export function closeDbOnSignals(): void {
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    try {
      await closeDb();
      console.log(`[server] ${signal}: database closed`);
    } finally {
      process.exit(0);
    }
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}
