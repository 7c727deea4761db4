import { describe, expect, it } from "vitest";
import { config } from "./proxy";
import { proxySkips } from "./lib/http/security-headers";

describe("proxy matcher", () => {
  // the matcher source is a path-to-regexp pattern made of one regex group; as a regex it matches the same paths
  const runs = (p: string) => new RegExp(`^${config.matcher[0].source}$`).test(p);
  const paths = [
    "/",
    "/companies/abc123defg/assessments/xyz123defg",
    "/api/health",
    "/api/companies/abc123defg/assessments",
    "/api/companies/abc123defg/assessments/xyz123defg",
    "/api/companies/abc123defg/assessments/xyz123defg/submit",
    "/api/companies/abc123defg/assessments/xyz123defg/pdf",
    "/api/companies/%ZZ/assessments/xyz123defg",
    "/api/g/" + "A".repeat(43) + "/assessments/xyz123defg",
    "/api/g/" + "A".repeat(43) + "/assessments",
    "/_next/static/chunks/a.js",
    "/favicon.ico",
  ];

  it("leaves out exactly the autosave endpoints the route wrapper gives the headers to (and build assets)", () => {
    for (const p of paths) if (!p.startsWith("/_next/static")) expect(runs(p), p).toBe(!proxySkips(p));
    expect(runs("/_next/static/chunks/a.js")).toBe(false);
    expect(proxySkips("/api/companies/abc123defg/assessments/xyz123defg")).toBe(true);
    expect(proxySkips("/api/companies/%ZZ/assessments/xyz123defg")).toBe(false); // the malformed-path check stays in the proxy
  });
});
