/** Runs once when the server starts (Node.js runtime only). */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const [{ closeDbOnExit }, { pdfPool }, { getEnv }, { joinDirLock }] = await Promise.all([
      import("./lib/db/shutdown"),
      import("./components/pdf/pool"),
      import("./lib/env"),
      import("./lib/db/dir-lock"),
    ]);
    // PGlite is one process only: hold the data directory's lock with the launcher (npm start)
    let leaveLock = () => undefined as void;
    if (getEnv().databaseKind === "pglite") {
      try {
        leaveLock = joinDirLock(getEnv().PGLITE_DIR);
      } catch (e) {
        console.error(`[server] ${(e as Error).message}`);
        process.exit(1);
      }
    }
    closeDbOnExit(leaveLock);
    // the server lives as long as its launcher: if that is gone (killed), stop cleanly instead of serving on as an orphan
    const { onParentExit } = await import("./lib/process/parent-watch");
    onParentExit(() => {
      console.error("[server] the launcher process has exited: stopping");
      process.kill(process.pid, "SIGTERM");
    });
    // the server's front (scripts/serve.mjs) answers successful autosaves (members and workshop participants) before Next: lib/http/front.ts
    const [{ createFront }, { autosaveFront, guestAutosaveFront }, { log }] = await Promise.all([import("./lib/http/front"), import("./lib/http/autosave-front"), import("./lib/log")]);
    (globalThis as Record<symbol, unknown>)[Symbol.for("kmu.front")] = createFront([autosaveFront, guestAutosaveFront], (err) =>
      log().debug({ err }, "the front declined after an error; Next answers the request"),
    );
    // load the PDF worker (modules, fonts) in the background, so the first download is not the slow one
    const started = Date.now();
    pdfPool(getEnv().PDF_WORKERS)
      .warm()
      .then(() => console.log(`[server] PDF worker ready (${Date.now() - started} ms)`))
      .catch((e: unknown) => console.error("[server] PDF worker warm-up failed", e));
  }
}
