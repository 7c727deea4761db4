import { randomInt } from "node:crypto";

/**
 * Workshop join codes: 8 characters from 31 letters and digits that cannot be mistaken for each
 * other when read from a projector or typed on a phone (no 0/O, 1/I/L). 31^8 ≈ 8.5·10^11 codes:
 * guessing one is hopeless within the rate limit. Stored as typed (upper case), so a lookup is one
 * unique-index read.
 */
export const JOIN_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const JOIN_CODE_LENGTH = 8;

const pattern = new RegExp(`^[${JOIN_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

export function newJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_ALPHABET[randomInt(JOIN_ALPHABET.length)];
  return code;
}

/** What a person typed, as a code: case, spaces and dashes do not matter ("abcd-efgh"). Null when it cannot be a code. */
export function normalizeJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s\-–]/g, "");
  return pattern.test(code) ? code : null;
}

/** For reading aloud and on the projector: "ABCD-EFGH". */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
