import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/**
 * The app's entry points, read from the file system (not a hand-kept list): every route handler's
 * exported methods with the access it declares through the one wrapper, and every page under
 * /companies/[companyId]. Used by the unit test (every method declares an access) and the e2e
 * isolation test (every company route refuses outsiders).
 */
export type RouteMethod = { route: string; file: string; method: string; access: string | null };

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

function walk(dir: string, name: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const full = path.join(dir, f);
    return statSync(full).isDirectory() ? walk(full, name) : f === name ? [full] : [];
  });
}

function toRoute(root: string, file: string): string {
  return "/" + path.relative(path.join(root, "app"), path.dirname(file)).split(path.sep).join("/");
}

export function routeMethods(root: string): RouteMethod[] {
  return walk(path.join(root, "app"), "route.ts").flatMap((file) => {
    const src = readFileSync(file, "utf8");
    const exported = new Set<string>();
    for (const m of src.matchAll(/export\s+(?:const|async\s+function|function)\s+([A-Z]+)\b/g)) if (METHODS.includes(m[1])) exported.add(m[1]);
    for (const m of src.matchAll(/\bas\s+([A-Z]+)\b/g)) if (METHODS.includes(m[1])) exported.add(m[1]);
    const declared = new Map<string, string>();
    for (const m of src.matchAll(/export\s+const\s+([A-Z]+)\s*=\s*(companyRoute|guestRoute|userRoute|publicRoute)(?:<[^>]*>)?\(\s*(?:"([a-z.]+)")?/g)) {
      declared.set(m[1], m[2] === "companyRoute" || m[2] === "guestRoute" ? (m[3] ?? "") : m[2] === "userRoute" ? "user" : "public");
    }
    const wrapped = /const\s+handler\s*=\s*declared\(\s*"(public|user)"/.exec(src);
    if (wrapped) for (const m of exported) declared.set(m, wrapped[1]);
    return [...exported].map((method) => ({ route: toRoute(root, file), file: path.relative(root, file), method, access: declared.get(method) || null }));
  });
}

/** Pages under one company: /companies/[companyId]/... */
export function companyPages(root: string): string[] {
  return walk(path.join(root, "app", "companies", "[companyId]"), "page.tsx").map((f) => toRoute(root, f));
}

/** Files with "use server" (server actions): there should be none, every write is a declared route handler. */
export function serverActionFiles(root: string): string[] {
  const files = [...walk(path.join(root, "app"), "actions.ts"), ...walk(path.join(root, "app"), "page.tsx"), ...walk(path.join(root, "app"), "route.ts")];
  return files.filter((f) => /^\s*["']use server["']/m.test(readFileSync(f, "utf8"))).map((f) => path.relative(root, f));
}

/** Fills the [params] of a route. */
export function fillRoute(route: string, params: Record<string, string>): string {
  return route.replace(/\[([^\]]+)\]/g, (_, k: string) => {
    if (!(k in params)) throw new Error(`no value for [${k}] in ${route}`);
    return params[k];
  });
}
