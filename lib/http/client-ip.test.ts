import { describe, expect, it } from "vitest";
import { clientIpKey, peerAddress, tokenKeys, trustedClientIp } from "./client-ip";

describe("clientIpKey", () => {
  it("ignores X-Forwarded-For unless a trusted proxy sets it", () => {
    expect(clientIpKey("203.0.113.9", false)).toBe("all-clients");
    expect(clientIpKey("203.0.113.9, 10.0.0.1", true)).toBe("203.0.113.9");
    expect(clientIpKey(["198.51.100.7"], true)).toBe("198.51.100.7");
    expect(clientIpKey(undefined, true)).toBe("unknown");
  });
});

describe("trustedClientIp", () => {
  it("is null without a trusted proxy (no per-client key), the first forwarded address with one", () => {
    expect(trustedClientIp("203.0.113.9", false)).toBeNull();
    expect(trustedClientIp(undefined, false)).toBeNull();
    expect(trustedClientIp("203.0.113.9, 10.0.0.1", true)).toBe("203.0.113.9");
    expect(trustedClientIp(undefined, true)).toBe("unknown");
  });
});

describe("keys for one-time links and codes", () => {
  const h = (all: Record<string, string>) => new Headers(all);
  it("use the forwarded address only behind a trusted proxy", () => {
    expect(tokenKeys(h({ "x-forwarded-for": "203.0.113.9, 10.0.0.1", "x-kmu-peer": "10.0.0.1" }), "u1", true)).toEqual(["user:u1", "ip:203.0.113.9"]);
  });
  it("without one, use the connection's peer, never the forwarded header a client can choose", () => {
    expect(tokenKeys(h({ "x-forwarded-for": "203.0.113.9", "x-kmu-peer": "198.51.100.7" }), "u1", false)).toEqual(["user:u1", "ip:198.51.100.7"]);
    expect(tokenKeys(h({ "x-forwarded-for": "203.0.113.9", "x-kmu-peer": "::ffff:198.51.100.7" }), undefined, false)).toEqual(["ip:::ffff:198.51.100.7"]);
  });
  it("leave out a loopback or missing peer (a proxy on the same host would make all clients one), so one client never blocks everybody", () => {
    for (const peer of ["127.0.0.1", "127.8.0.3", "::1", "::ffff:127.0.0.1", "", " "]) expect(tokenKeys(h({ "x-kmu-peer": peer }), "u1", false)).toEqual(["user:u1"]);
    expect(tokenKeys(h({ "x-forwarded-for": "203.0.113.9" }), undefined, false)).toEqual([]);
  });
});

describe("peerAddress", () => {
  it("refuses what no socket gives", () => {
    expect(peerAddress("x".repeat(65))).toBeNull();
    expect(peerAddress(null)).toBeNull();
    expect(peerAddress(" 192.0.2.2 ")).toBe("192.0.2.2");
  });
});
