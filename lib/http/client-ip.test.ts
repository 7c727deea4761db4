import { describe, expect, it } from "vitest";
import { clientIpKey, trustedClientIp } from "./client-ip";

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

describe("keys for one-time links", () => {
  it("leave out the shared address without a trusted proxy, so one client never blocks everybody", async () => {
    const { tokenKeys } = await import("./client-ip");
    expect(tokenKeys("203.0.113.9", "u1", false)).toEqual(["user:u1"]);
    expect(tokenKeys("203.0.113.9", undefined, false)).toEqual([]);
    expect(tokenKeys("203.0.113.9, 10.0.0.1", "u1", true)).toEqual(["user:u1", "ip:203.0.113.9"]);
  });
});
