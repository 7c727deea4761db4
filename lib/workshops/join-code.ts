import { randomInt } from "node:crypto";

/**
 * Workshop join codes: 8 characters from 31 letters and digits that cannot be mistaken for each
 * other when read from a projector or typed on a phone (no 0/O, 1/I/L). 31^8 ≈ 8.5·10^11 codes:
 * guessing one is hopeless within the rate limit. Stored as typed (upper case), so a lookup is one
 * unique-index read.
 */
export const JOIN_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const JOIN_CODE_LENGTH = 8;
export const CLAIM_CODE_LENGTH = 10;

const pattern = new RegExp(`^[${JOIN_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/** A random code from the alphabet (join codes: 8 characters; claim codes: 10). */
export function newCode(length = JOIN_CODE_LENGTH): string {
  let code = "";
  for (let i = 0; i < length; i++) code += JOIN_ALPHABET[randomInt(JOIN_ALPHABET.length)];
  return code;
}

export function newJoinCode(): string {
  return newCode(JOIN_CODE_LENGTH);
}

/** What a person typed, as a code: case, spaces and dashes do not matter ("abcd-efgh"). Null when it cannot be a code. */
export function normalizeJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s\-–]/g, "");
  return pattern.test(code) ? code : null;
}

/** The same for a claim code (10 characters); null when it cannot be one. */
export function normalizeClaimCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s\-–]/g, "");
  return new RegExp(`^[${JOIN_ALPHABET}]{${CLAIM_CODE_LENGTH}}$`).test(code) ? code : null;
}

/** For reading aloud and on the projector: "ABCD-EFGH". */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** A claim code for the screen: "ABCDE-FGHIJ". */
export function formatClaimCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}
