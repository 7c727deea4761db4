import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The yardstick of the page bench: a bare Next 16 app built with the project's own `next` in a
 * temporary folder (.data/bench-bare-next), in the same run as the app. One dynamic page (it reads
 * a cookie, so it is rendered per request like ours), a layout, a `next/link`, and the same proxy
 * as the app: a nonce per request and the app's own security headers (lib/http/security-headers.ts).
 */
const FILES: Record<string, string> = {
  "package.json": JSON.stringify({ name: "bench-bare-next", private: true, type: "module" }),
  "next.config.mjs": `import path from "node:path";
const root = path.resolve(import.meta.dirname, "../..");
export default { turbopack: { root }, outputFileTracingRoot: root, poweredByHeader: false };
`,
  "proxy.js": `import { NextResponse } from "next/server";
import { contentSecurityPolicy, staticSecurityHeaders } from "../../lib/http/security-headers";

export function proxy(request) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, false);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [k, v] of staticSecurityHeaders) response.headers.set(k, v);
  return response;
}

export const config = { matcher: [{ source: "/((?!_next/static|_next/image).*)" }] };
`,
  // its own (empty) instrumentation: without one, Next picks up the project's instrumentation.ts
  // from the turbopack root, and the bare server would lock the app's PGlite directory and start
  // PDF workers (it did until 2026-12-03)
  "instrumentation.js": `export function register() {}
`,
  "app/layout.jsx": `export default function RootLayout({ children }) {
  return (
    <html lang="de">
      <body>
        <main>{children}</main>
      </body>
    </html>
  );
}
`,
  "app/page.jsx": `import Link from "next/link";
import { cookies } from "next/headers";

export default async function Page() {
  const locale = (await cookies()).get("kmu-locale")?.value ?? "de";
  return (
    <>
      <h1>KMU-Kompass</h1>
      <p>Eine leere Seite ({locale}).</p>
      <Link href="/">Startseite</Link>
    </>
  );
}
`,
};

export function bareDir(): string {
  return path.join(process.cwd(), ".data", "bench-bare-next");
}

/** Writes and builds the bare app (about as long as a small `next build`). */
export function buildBareNext(): string {
  const dir = bareDir();
  rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const r = spawnSync(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "build", dir], { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) throw new Error(`bare next build failed:\n${r.stdout}\n${r.stderr}`);
  return dir;
}

/** `next start` of the bare app; resolves once it answers. */
export async function startBareNext(port: number) {
  const child = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", bareDir(), "-p", String(port)], {
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const baseURL = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`bare next exited:\n${output}`);
    try {
      if ((await fetch(baseURL)).ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`bare next did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      /* gone */
    }
    await exited;
  };
  return { baseURL, stop };
}
