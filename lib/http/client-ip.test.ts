import { describe, expect, it } from "vitest";
import { addressKey, clientIpKey, tokenKeys, trustedClientIp } from "./client-ip";

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
    expect(tokenKeys(h({ "x-forwarded-for": "203.0.113.9, 10.0.0.1", "x-kmu-peer": "10.0.0.1" }), "u1", { trustProxy: true })).toEqual(["user:u1", "ip:203.0.113.9"]);
    // a forwarded entry that is no address never becomes a key of its own
    expect(tokenKeys(h({ "x-forwarded-for": "x".repeat(5000) }), undefined, { trustProxy: true })).toEqual(["ip:unknown"]);
  });
  it("without one, use the connection's public peer, never a header a client can choose", () => {
    expect(tokenKeys(h({ "x-kmu-peer": "198.51.100.7" }), "u1", { trustProxy: false })).toEqual(["user:u1", "ip:198.51.100.7"]);
    expect(tokenKeys(h({ "x-kmu-peer": "::ffff:198.51.100.7" }), undefined, { trustProxy: false })).toEqual(["ip:198.51.100.7"]);
    // an IPv6 client by its /64, however it writes its address
    expect(tokenKeys(h({ "x-kmu-peer": "2001:db8:0:12::5" }), undefined, { trustProxy: false })).toEqual(["ip:2001:db8:0:12::/64"]);
    expect(tokenKeys(h({ "x-kmu-peer": "2001:0db8:0000:0012:ffff:1:2:3" }), undefined, { trustProxy: false })).toEqual(["ip:2001:db8:0:12::/64"]);
    expect(tokenKeys(h({ "x-kmu-peer": "198.51.100.7" }), "u1", { trustProxy: false, peer: false })).toEqual(["user:u1"]);
  });
  it("leave out a peer that may stand for many clients: loopback, private, container and link-local ranges (a request through a proxy has no peer: scripts/serve.mjs, e2e/hardening.spec.ts)", () => {
    for (const peer of ["127.0.0.1", "127.8.0.3", "::1", "::ffff:127.0.0.1", "10.1.2.3", "172.17.0.2", "192.168.1.20", "100.64.0.1", "169.254.1.1", "fd00::1", "fe80::1", "", " ", "junk"])
      expect(tokenKeys(h({ "x-kmu-peer": peer }), "u1", { trustProxy: false }), peer).toEqual(["user:u1"]);
    expect(tokenKeys(h({ "x-forwarded-for": "203.0.113.9" }), undefined, { trustProxy: false })).toEqual([]);
    // by the address's bits, not its spelling: 00fc:: is not unique local
    expect(tokenKeys(h({ "x-kmu-peer": "fc::1" }), undefined, { trustProxy: false })).toEqual(["ip:fc:0:0:0::/64"]);
  });
});

describe("addressKey", () => {
  it("refuses what is no address", () => {
    expect(addressKey("x".repeat(65))).toBeNull();
    expect(addressKey(null)).toBeNull();
    expect(addressKey("300.1.1.1")).toBeNull();
    expect(addressKey(" 192.0.2.2 ")).toBe("192.0.2.2");
  });
});
