import { createHash } from "node:crypto";
import { readdirSync, statSync, existsSync } from "node:fs";
import path from "node:path";

const inputs = ["app", "components", "lib", "messages", "public", "next.config.mjs", "package-lock.json", "postcss.config.mjs", "tsconfig.json", "proxy.ts", "instrumentation.ts"];

/** A hash of the names, sizes and mtimes of everything that goes into `next build`. */
export function buildStamp(root: string): string {
  const h = createHash("sha256");
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      if (p.endsWith(`${path.sep}generated`) || p.includes("node_modules")) return;
      for (const e of readdirSync(p).sort()) visit(path.join(p, e));
    } else if (!/\.test\.tsx?$/.test(p)) {
      h.update(`${path.relative(root, p)}:${st.size}:${st.mtimeMs}\n`);
    }
  };
  for (const i of inputs) visit(path.join(root, i));
  return h.digest("hex");
}
