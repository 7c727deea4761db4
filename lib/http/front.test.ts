import { afterEach, describe, expect, it } from "vitest";
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { createFront, type FrontRoute } from "./front";

/** A real server: the front, and behind it a stand-in for Next that echoes what it received. */
/** How the stand-in for Next reads a body: a web stream (Readable.toWeb), or an async iterator (what Next's route handlers use) at once or after a while. */
type Reader = (req: http.IncomingMessage) => Promise<string>;
const readers: Record<string, Reader> = {
  webStream: (req) => new Response(Readable.toWeb(req) as ReadableStream).text(),
  asyncIterator: async (req) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString();
  },
  asyncIteratorLater: async (req) => {
    await new Promise((r) => setTimeout(r, 20));
    return readers.asyncIterator(req);
  },
};

async function serve(route: FrontRoute<{ id: string }>, onError?: (e: unknown) => void, read: Reader = readers.webStream) {
  const front = createFront([route], onError);
  const seen: Array<{ url?: string; method?: string; body: string; type?: string }> = [];
  const server = http.createServer((req, res) => {
    front(req, res, (handed = req) => {
      void read(handed).then((body) => {
        seen.push({ url: handed.url, method: handed.method, body, type: handed.headers["content-type"] });
        res.writeHead(299, { "content-type": "text/plain" });
        res.end(`next:${body}`);
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  servers.push(server);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, seen };
}
const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

const route = (answer: FrontRoute<{ id: string }>["answer"], maxBytes = 100): FrontRoute<{ id: string }> => ({
  match: (method, path) => (method === "PUT" && /^\/save\/(\w+)$/.test(path) ? { id: path.slice(6) } : null),
  maxBytes,
  answer,
});

const put = (base: string, path: string, body: string) => fetch(`${base}${path}`, { method: "PUT", body, headers: { "content-type": "application/json" } });

describe("the server's front", () => {
  it("answers a matched request itself when the route succeeds; Next never sees it", async () => {
    const got: Array<{ id: string; body: string }> = [];
    const { base, seen } = await serve(
      route(async (p, r) => {
        got.push({ id: p.id, body: r.body.toString() });
        return { status: 200, headers: { "content-type": "application/json", "x-test": "1" }, body: '{"ok":true}' };
      }),
    );
    const res = await put(base, "/save/abc?x=1", '{"a":1}');
    expect(res.status).toBe(200);
    expect(res.headers.get("x-test")).toBe("1");
    expect(await res.json()).toEqual({ ok: true });
    expect(got).toEqual([{ id: "abc", body: '{"a":1}' }]);
    expect(seen).toEqual([]);
  });

  it.each(Object.keys(readers))("hands a declined request to Next with its whole body and headers, as it came (read as %s)", async (how) => {
    const { base, seen } = await serve(route(async () => null, 100_000), undefined, readers[how]);
    const body = JSON.stringify({ text: "ä".repeat(20_000) }); // several chunks
    // a decline at once (junk is refused before anything is awaited), again and again on one connection
    for (const b of [body, "{kaputt", body]) {
      const res = await put(base, "/save/abc", b);
      expect(res.status).toBe(299);
      expect(await res.text()).toBe(`next:${b}`);
    }
    expect(seen).toEqual([body, "{kaputt", body].map((b) => ({ url: "/save/abc", method: "PUT", body: b, type: "application/json" })));
  });

  it("hands it to Next when the route fails, and reports the error", async () => {
    const errors: unknown[] = [];
    const { base, seen } = await serve(
      route(async () => {
        throw new Error("db down");
      }),
      (e) => errors.push(e),
    );
    const res = await put(base, "/save/abc", "{}");
    expect(await res.text()).toBe("next:{}");
    expect(seen).toHaveLength(1);
    expect(String(errors[0])).toContain("db down");
  });

  it("leaves to Next what it does not match, a body over the limit and a body of no stated length, unread", async () => {
    let asked = 0;
    const { base, seen } = await serve(
      route(async () => {
        asked++;
        return { status: 200, headers: {}, body: "front" };
      }, 10),
    );
    expect(await (await put(base, "/other/abc", "{}")).text()).toBe("next:{}");
    expect(await (await fetch(`${base}/save/abc`, { method: "POST", body: "{}" })).text()).toBe("next:{}");
    expect(await (await put(base, "/save/abc", "x".repeat(11))).text()).toBe(`next:${"x".repeat(11)}`);
    // a streamed (chunked) body has no Content-Length
    const chunked = await fetch(`${base}/save/abc`, { method: "PUT", body: Readable.toWeb(Readable.from(["{", "}"])) as ReadableStream, duplex: "half" } as RequestInit);
    expect(await chunked.text()).toBe("next:{}");
    expect(asked).toBe(0);
    expect(seen.map((s) => s.url)).toEqual(["/other/abc", "/save/abc", "/save/abc", "/save/abc"]);
  });

  it("answers nobody and hands nothing on when the client goes away in the middle of the body", async () => {
    let asked = 0;
    const { base, seen } = await serve(
      route(async () => {
        asked++;
        return null;
      }),
    );
    const { port } = new URL(base);
    await new Promise<void>((resolve) => {
      const socket = net.connect(Number(port), "127.0.0.1", () => {
        socket.write("PUT /save/abc HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 50\r\n\r\n{\"rev");
        setTimeout(() => socket.destroy(), 50);
      });
      socket.on("close", () => resolve());
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(asked).toBe(0);
    expect(seen).toEqual([]);
    // and the server goes on serving
    expect(await (await put(base, "/other", "{}")).text()).toBe("next:{}");
  });

  it("keeps a connection usable after a declined request (keep-alive)", async () => {
    const { base } = await serve(route(async (_p, r) => (r.body.toString() === "yes" ? { status: 200, headers: {}, body: "front" } : null)));
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const send = (body: string) =>
      new Promise<string>((resolve, reject) => {
        const req = http.request(`${base}/save/k`, { method: "PUT", agent, headers: { "content-length": Buffer.byteLength(body) } }, (res) => {
          let text = "";
          res.on("data", (c) => (text += c));
          res.on("end", () => resolve(text));
        });
        req.on("error", reject);
        req.end(body);
      });
    expect(await send("no")).toBe("next:no");
    expect(await send("yes")).toBe("front");
    expect(await send("no")).toBe("next:no");
    agent.destroy();
  });
});
