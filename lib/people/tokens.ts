import { createHash, randomBytes } from "node:crypto";

/** A one-time token for a link (invitation, advisor grant, password reset): 32 random bytes, base64url. Only its hash is stored. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Tokens as they appear in links: anything else is refused before a lookup. */
export const tokenPattern = /^[A-Za-z0-9_-]{43}$/;
