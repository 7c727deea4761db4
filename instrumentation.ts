/** Runs once when the server starts (Node.js runtime only). */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { closeDbOnExit } = await import("./lib/db/shutdown");
    closeDbOnExit();
    // load the PDF worker (modules, fonts) in the background, so the first download is not the slow one
    const [{ pdfPool }, { getEnv }] = await Promise.all([import("./components/pdf/pool"), import("./lib/env")]);
    const started = Date.now();
    pdfPool(getEnv().PDF_WORKERS)
      .warm()
      .then(() => console.log(`[server] PDF worker ready (${Date.now() - started} ms)`))
      .catch((e: unknown) => console.error("[server] PDF worker warm-up failed", e));
  }
}
