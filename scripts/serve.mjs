/**
 * The production server that `npm start` runs (scripts/start.ts spawns it): what `next start` does
 * (serve the built app on PORT; exit 130/143 on SIGINT/SIGTERM, the database closed first by
 * lib/db/shutdown.ts), with the front that instrumentation.ts installs in front of Next's request
 * handler: it answers the requests it can answer with a success (autosaves, lib/http/front.ts) and
 * hands everything else to Next unchanged.
 */
import http from "node:http";
import next from "next";

const port = Number(process.env.PORT ?? 3000);
const app = next({ dev: false, dir: process.cwd(), port });
await app.prepare();
const handle = app.getRequestHandler();
const FRONT = Symbol.for("kmu.front");

const server = http.createServer((req, res) => {
  // installed by instrumentation.ts's register(), which Next may run after prepare() has resolved
  const front = globalThis[FRONT];
  const toNext = () => void handle(req, res);
  if (typeof front === "function") front(req, res, toNext);
  else toNext();
});
server.listen(port, () => {
  console.log(`[server] ready on http://localhost:${port}`);
});
process.on("SIGINT", () => process.exit(130));
process.on("SIGTERM", () => process.exit(143));
