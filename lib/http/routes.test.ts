import { describe, it, expect } from "vitest";
import path from "node:path";
import { readFileSync } from "node:fs";
import { PERMISSIONS } from "../auth/policy";
import { companyPages, routeMethods, serverActionFiles } from "../testing/routes";

const root = path.resolve(import.meta.dirname, "../..");

describe("every entry point declares its access", () => {
  const methods = routeMethods(root);
  it("finds the route handlers", () => {
    expect(methods.length).toBeGreaterThan(20);
    expect(companyPages(root)).toContain("/companies/[companyId]/dashboard");
  });
  it("each exported method is built by companyRoute(permission), userRoute or publicRoute", () => {
    const undeclared = methods.filter((m) => m.access === null).map((m) => `${m.method} ${m.file}`);
    expect(undeclared).toEqual([]);
    for (const m of methods) expect(["user", "public", ...PERMISSIONS], `${m.method} ${m.route}`).toContain(m.access);
  });
  it("a route under /api/companies/[companyId] is always a company route with a permission", () => {
    const loose = methods.filter((m) => m.route.startsWith("/api/companies/[companyId]") && !(PERMISSIONS as readonly string[]).includes(m.access ?? ""));
    expect(loose).toEqual([]);
  });
  it("a route under /api/g/[token] is always a guest route with a permission", () => {
    const guests = methods.filter((m) => m.route.startsWith("/api/g/[token]"));
    expect(guests.length).toBeGreaterThan(3);
    for (const m of guests) {
      expect(PERMISSIONS as readonly string[], `${m.method} ${m.route}`).toContain(m.access);
      expect(readFileSync(path.join(root, m.file), "utf8"), m.file).toMatch(/guestRoute/);
    }
  });
  it("there are no server actions: every write is a declared, same-origin JSON route handler", () => {
    expect(serverActionFiles(root)).toEqual([]);
  });
});
