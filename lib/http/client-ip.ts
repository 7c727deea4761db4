import { BlockList, isIP } from "node:net";
import { getEnv } from "../env";

/** What a request's headers offer: a `Request`'s `headers`, or `headers()` in a page. */
export type HeaderSource = { get(name: string): string | null };

/**
 * The header in which the server (scripts/serve.mjs) hands on the TCP peer's address, the other end
 * of the connection. The server overwrites whatever a client sent under this name, and leaves it
 * empty when the request names a proxy (`X-Forwarded-For`, `Forwarded`, `X-Real-IP`, `Via`): then
 * the peer is that proxy. (The check is the server's: Next adds its own `X-Forwarded-For` to every
 * request before a route sees it.)
 */
export const PEER_HEADER = "x-kmu-peer";

/**
 * One client's address as a rate-limit key: an IPv4 address as it is (also when IPv4-mapped, as
 * Node reports IPv4 peers on a dual-stack socket), an IPv6 address by its /64 (one household or
 * machine holds a whole /64 and can change addresses inside it at will). Null for anything that is
 * no address (a header's junk never becomes a key of its own).
 */
export function addressKey(raw: string | null | undefined): string | null {
  const a = raw?.trim();
  if (!a || a.length > 64) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  if (mapped && isIP(mapped[1]) === 4) return mapped[1];
  if (isIP(a) === 4) return a;
  if (isIP(a) !== 6) return null;
  const [head, tail = ""] = a.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = a.includes("::") ? (tail ? tail.split(":") : []) : [];
  const groups = a.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}

/**
 * The key for per-IP rate limits. `X-Forwarded-For` can be set by anyone, so it is only believed
 * when TRUST_PROXY=true (a reverse proxy in front overwrites it). Otherwise every client shares one
 * key, "all-clients": a budget under that key is shared by everyone, so one client must never be
 * able to use it up (see the rule in lib/auth/rate-limit.ts). Use `trustedClientIp` to apply a
 * per-client limit only when clients can be told apart. A first entry that is no address is
 * "unknown" (so a long or odd header never becomes a key).
 */
export function clientIpKey(forwardedFor: string | string[] | null | undefined, trustProxy = getEnv().TRUST_PROXY): string {
  if (!trustProxy) return "all-clients";
  const first = (Array.isArray(forwardedFor) ? forwardedFor[0] : forwardedFor)?.split(",")[0];
  return addressKey(first) ?? "unknown";
}

/** The client's address behind a trusted proxy, or null when clients cannot be told apart. */
export function trustedClientIp(forwardedFor: string | string[] | null | undefined, trustProxy = getEnv().TRUST_PROXY): string | null {
  return trustProxy ? clientIpKey(forwardedFor, true) : null;
}

/** Addresses a proxy, a container network or a LAN gives: many clients may stand behind one of them. */
const SHARED_RANGES = new BlockList();
for (const [net, prefix] of [["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12], ["192.168.0.0", 16]] as const) SHARED_RANGES.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [["::", 127], ["fc00::", 7], ["fe80::", 10]] as const) SHARED_RANGES.addSubnet(net, prefix, "ipv6"); // unspecified and loopback, unique local, link-local

function isShared(address: string): boolean {
  const family = isIP(address);
  return family === 0 || SHARED_RANGES.check(address, family === 4 ? "ipv4" : "ipv6");
}

/**
 * The connection's peer as one client's address, without a trusted proxy: the server's own view of
 * the socket, which a client cannot choose. Only where it can stand for one client: a public
 * address of a request that named no proxy (the server leaves the header empty otherwise). Behind
 * a reverse proxy that TRUST_PROXY does not declare, on the same host, in a container network, or
 * a LAN, every client would be that one address, and one client's wrong codes would block
 * everybody's: there it is null, as it is when the header is missing (another server than
 * scripts/serve.mjs). A client that adds a proxy header itself only escapes the limit.
 */
export function peerAddress(headers: HeaderSource): string | null {
  const peer = headers.get(PEER_HEADER)?.trim() ?? "";
  const key = addressKey(peer);
  return key && !isShared(peer) ? key : null;
}

/**
 * The keys that count failed tries of a one-time link or code: the signed-in user, and the client's
 * address when it is known: behind a trusted proxy its `X-Forwarded-For`, without one the TCP peer
 * where it can stand for one client (`peerAddress`; `peer: false` leaves it out). Where neither
 * tells clients apart, the address is left out: one client's wrong links must not block
 * everybody's. Tokens carry 256 random bits and join codes 31^8 values, so guessing one is not the
 * risk this limit is for; the limit keeps a client from trying at will.
 */
export function tokenKeys(headers: HeaderSource, userId?: string, opts: { peer?: boolean; trustProxy?: boolean } = {}): string[] {
  const trustProxy = opts.trustProxy ?? getEnv().TRUST_PROXY;
  const ip = trustProxy ? trustedClientIp(headers.get("x-forwarded-for"), true) : opts.peer === false ? null : peerAddress(headers);
  return [...(userId ? [`user:${userId}`] : []), ...(ip ? [`ip:${ip}`] : [])];
}
