/**
 * The production server that `npm start` runs (scripts/start.ts spawns it): what `next start` does,
 * with the front that instrumentation.ts installs in front of Next's request handler. The front
 * answers the requests it can answer with a success (autosaves, lib/http/front.ts) and hands
 * everything else to Next unchanged.
 *
 * It hands on the connection's peer address in the header `x-kmu-peer` (lib/http/client-ip.ts),
 * empty for a request that names a proxy.
 * As `next start`: serves the built app on PORT (all interfaces); a request whose handler fails is
 * a logged plain 500; on SIGINT/SIGTERM it stops accepting connections, lets the requests in flight
 * finish (at most 10 s), closes Next and exits 130/143 (lib/db/shutdown.ts closes the database first).
 */
import http from "node:http";
import next from "next";

const port = Number(process.env.PORT ?? 3000);
const FRONT = Symbol.for("kmu.front");
// lib/http/client-ip.ts PEER_HEADER: the TCP peer's address for the rate limits of codes and links
const PEER_HEADER = "x-kmu-peer";
// a request that names a proxy came through one: its peer is the proxy, many clients at one address
const PROXY_HEADERS = ["x-forwarded-for", "forwarded", "x-real-ip", "via"];
const STOP_WITHIN_MS = 10_000; // scripts/start.ts kills after 15 s

const app = next({ dev: false, dir: process.cwd(), port });
let handle;

const server = http.createServer((req, res) => {
  // the server's own view of the connection, whatever a client sent under this name; empty when the
  // request names a proxy (checked here: Next adds its own X-Forwarded-For before any route runs)
  const direct = !PROXY_HEADERS.some((h) => h in req.headers);
  req.headers[PEER_HEADER] = direct ? (req.socket.remoteAddress ?? "") : "";
  // the front hands on the request, or a replay of it when it has read the body (lib/http/front.ts)
  const toNext = (request = req) => {
    handle(request, res).catch((err) => {
      console.error(`[server] failed to handle ${req.method} ${req.url}`, err);
      if (res.headersSent) return void res.destroy();
      res.statusCode = 500;
      res.end("Internal Server Error");
    });
  };
  // installed by instrumentation.ts's register(), which Next may run after prepare() has resolved
  const front = globalThis[FRONT];
  if (typeof front === "function") front(req, res, toNext);
  else toNext();
});
server.on("error", (err) => {
  console.error(`[server] cannot serve on port ${port}: ${err.message}`);
  process.exit(1);
});

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  const exit = () => process.exit(code);
  setTimeout(exit, STOP_WITHIN_MS).unref();
  if (!server.listening) return exit();
  server.close(() => {
    app.close().catch((err) => console.error("[server] closing Next failed", err)).finally(exit);
  });
}
process.on("SIGINT", () => stop(130));
process.on("SIGTERM", () => stop(143));

await app.prepare();
handle = app.getRequestHandler();
server.listen(port, () => console.log(`[server] ready on http://localhost:${port}`));
