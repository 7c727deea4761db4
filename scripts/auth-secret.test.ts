import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureSecretFile } from "./auth-secret";

const dirs: string[] = [];
const tmpFile = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "kmu-secret-"));
  dirs.push(dir);
  return path.join(dir, ".data", "auth-secret");
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("ensureSecretFile (.data/auth-secret)", () => {
  it("generates a secret when the file is missing and reads it back on the next start", () => {
    const file = tmpFile();
    const first = ensureSecretFile(file);
    expect(first.generated).toBe(true);
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    expect(ensureSecretFile(file)).toEqual({ secret: first.secret, generated: false });
  });

  it("regenerates an empty or whitespace-only file", () => {
    const file = tmpFile();
    ensureSecretFile(file);
    for (const empty of ["", "\n", "  \r\n\t"]) {
      writeFileSync(file, empty);
      const r = ensureSecretFile(file);
      expect(r.generated).toBe(true);
      expect(readFileSync(file, "utf8")).toBe(r.secret);
    }
  });

  it("refuses a short or binary file with a clear message that never contains its bytes", () => {
    const file = tmpFile();
    ensureSecretFile(file);
    writeFileSync(file, "kurz");
    expect(() => ensureSecretFile(file)).toThrow(/does not hold a valid auth secret \(only 4 characters/);
    const binary = Buffer.from([0x00, 0x1b, 0x5b, 0x32, 0x4a, 0xff, 0xfe, ...Buffer.from("x".repeat(40))]);
    writeFileSync(file, binary);
    let message = "";
    try {
      ensureSecretFile(file);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/47 bytes with characters that are not printable ASCII/);
    expect(message).toMatch(/Delete the file/);
    expect(message).not.toMatch(/[\x00-\x08\x1b\x7f-\uffff]/);
    expect(message).not.toContain("xxxx");
    writeFileSync(file, "ü".repeat(40));
    expect(() => ensureSecretFile(file)).toThrow(/not printable ASCII/);
  });
});
