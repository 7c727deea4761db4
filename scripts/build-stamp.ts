import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, existsSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";

const inputs = ["app", "components", "lib", "messages", "public", "next.config.mjs", "package-lock.json", "postcss.config.mjs", "tsconfig.json", "proxy.ts", "instrumentation.ts"];

/** Where `npm start` keeps the stamp of the sources a build was made from. */
export const STAMP_FILE = path.join(".next", "kmu-build-stamp");

/**
 * A hash of the names and contents of everything that goes into `next build` (tests left out).
 * Contents, not modification times: a `.next` built once and shipped with the same sources to
 * another machine (a checkout or a copy gives new mtimes) is recognised there as up to date.
 */
export function buildStamp(root: string): string {
  const h = createHash("sha256");
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      if (p.endsWith(`${path.sep}generated`) || p.includes("node_modules")) return;
      for (const e of readdirSync(p).sort()) visit(path.join(p, e));
    } else if (!/\.test\.tsx?$/.test(p)) {
      h.update(`${path.relative(root, p).split(path.sep).join("/")}\0${st.size}\0`);
      h.update(readFileSync(p));
    }
  };
  for (const i of inputs) visit(path.join(root, i));
  return h.digest("hex");
}

export type BuildState = "missing" | "stale" | "current";

/** Whether `.next` holds a build of exactly these sources. */
export function buildState(root: string): BuildState {
  const stampFile = path.join(root, STAMP_FILE);
  if (!existsSync(path.join(root, ".next", "BUILD_ID")) || !existsSync(stampFile)) return "missing";
  return readFileSync(stampFile, "utf8") === buildStamp(root) ? "current" : "stale";
}

export type BuildDecision = { action: "serve" } | { action: "build" } | { action: "refuse"; message: string };

/**
 * What `npm start` does with the build it finds. Building on the serving machine is the easy path
 * for one instance; a deployment of several instances builds once and ships the same `.next` to
 * each (KMU_REQUIRE_BUILD=1), because every instance must serve the same build (the same chunk and
 * build ids, so a page from one instance can load its next page and assets from another). There a
 * missing or stale build is a deployment mistake: refuse instead of building a different one.
 */
export function buildDecision(state: BuildState, requireBuild: boolean): BuildDecision {
  if (state === "current") return { action: "serve" };
  if (!requireBuild) return { action: "build" };
  const what = state === "missing" ? "there is no build in .next" : "the build in .next was made from other sources than these";
  return {
    action: "refuse",
    message:
      `KMU_REQUIRE_BUILD=1 and ${what}, not building one here: every instance must serve the same build. ` +
      "Build once (`npm run build`) where the sources are, ship the whole .next folder with the same sources to every instance, then start them.",
  };
}

/**
 * `next build`, then the stamp of the sources it was made from (`npm run build` and `npm start`).
 * The stamp is computed before the build starts, so a source edited meanwhile makes it stale.
 */
export function buildApp(root: string): number {
  const stamp = buildStamp(root);
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const res = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (res.status !== 0) return res.status ?? 1;
  writeFileSync(path.join(root, STAMP_FILE), stamp);
  return 0;
}
