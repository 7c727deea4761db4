import "server-only";
import { ZxcvbnFactory, type ZxcvbnResult } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import * as de from "@zxcvbn-ts/language-de";

/**
 * How hard a new password is to guess, estimated by zxcvbn-ts against real lists (the most used
 * passwords, German and English words, first and last names, Wikipedia terms, keyboard patterns
 * such as "qwertz", dates, repeats) plus the user's own data (e-mail, its local part, name).
 * Scores 0-4; below MIN_PASSWORD_SCORE is rejected. Server-only: the dictionaries are several MB
 * and stay out of the browser bundle; the register form shows the server's message.
 */
export const MIN_PASSWORD_SCORE = 3;

/**
 * Only the first 64 characters are scored: the estimate's cost grows faster than the length, and a
 * registration with any password reaches this check without using up a rate limit.
 */
const SCORED_LENGTH = 64;

let factory: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  // language-de names its lists without a suffix; suffix them so they cannot clash with other lists
  const deDictionary = Object.fromEntries(Object.entries(de.dictionary).map(([k, v]) => [`${k}-de`, v]));
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, ...deDictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
    maxLength: SCORED_LENGTH,
    // with the default of 100, strings full of "1", "!", "0" (l33t for i, l, o) take over a second each
    l33tMaxSubstitutions: 10,
    // Levenshtein matching multiplies the time per check by ~20 (a CPU cost per request) for little gain
    useLevenshteinDistance: false,
  });
  return factory;
}

/** The user's own data that must not make up the password: e-mail, its local part and parts, name and its words. */
export function personalInputs(user: { email?: string; name?: string | null }): string[] {
  const out = new Set<string>();
  const add = (s: string | undefined | null) => {
    const v = s?.trim().toLowerCase();
    if (v && v.length >= 3) out.add(v);
  };
  const email = user.email?.trim().toLowerCase();
  if (email) {
    add(email);
    const [local, domain] = email.split("@");
    add(local);
    for (const part of local?.split(/[._+-]+/) ?? []) add(part);
    add(domain?.split(".")[0]);
  }
  add(user.name);
  add(user.name?.replace(/[\s.,_-]+/g, ""));
  for (const word of user.name?.split(/[\s.,_-]+/) ?? []) add(word);
  return [...out];
}

export type PasswordVerdict = { ok: true } | { ok: false; reason: "passwordTooWeak" | "passwordPersonal" };

/** One word with a few digits or symbols around it, e.g. "Passwort123!", "Sommer2024!!", "!Maschinenbau1". */
const DECORATED_WORD = /^[^\p{L}]{0,3}(\p{L}{3,})[^\p{L}]{0,6}$/u;

export function checkPasswordStrength(password: string, user: { email?: string; name?: string | null } = {}): PasswordVerdict {
  const inputs = personalInputs(user);
  // the name or address with other separators or digits ("Xaver-Quell-1" for Xaver Quell)
  const letters = lettersOf(password);
  if (letters.length > 0 && inputs.some((i) => lettersOf(i) === letters)) return { ok: false, reason: "passwordPersonal" };
  const result = zxcvbn().check(password, inputs);
  if (result.score < MIN_PASSWORD_SCORE) return weak(result);
  // zxcvbn prices "123!" after a listed word as brute force; cracking rules try exactly such
  // decorations of list words first. So a single listed word plus a few digits/symbols is weak.
  const core = DECORATED_WORD.exec(password)?.[1];
  if (core) {
    const word = zxcvbn().check(core, inputs);
    if (word.sequence.length === 1 && word.sequence[0].pattern === "dictionary") return weak(word);
  }
  return { ok: true };
}

function lettersOf(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}]/gu, "");
}

function weak(result: ZxcvbnResult): PasswordVerdict {
  const personal = result.sequence.some((m) => "dictionaryName" in m && m.dictionaryName === "userInputs");
  return { ok: false, reason: personal ? "passwordPersonal" : "passwordTooWeak" };
}
