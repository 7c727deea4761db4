import { describe, it, expect, vi, beforeEach, afterAll } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseEnv } from "../env";
import { log } from "../log";

const env = vi.hoisted(() => ({ values: {} as Record<string, string | undefined> }));
vi.mock("../env", async (importOriginal) => {
  const real = await importOriginal<typeof import("../env")>();
  return { ...real, getEnv: () => ({ ...real.parseEnv({}), ...env.values }) };
});
const { legalDocument, hostName } = await import("./documents");

const dir = mkdtempSync(path.join(tmpdir(), "kmu-legal-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe("legal page configuration (lib/env.ts)", () => {
  it("accepts existing files and a host name, trims the name", () => {
    const p = file("impressum.md", "Kammer");
    const e = parseEnv({ KMU_IMPRINT_FILE: p, KMU_PRIVACY_FILE: p, KMU_HOST_NAME: "  Kammer Musterstadt " });
    expect(e).toMatchObject({ KMU_IMPRINT_FILE: p, KMU_PRIVACY_FILE: p, KMU_HOST_NAME: "Kammer Musterstadt" });
    const unset = parseEnv({});
    expect([unset.KMU_IMPRINT_FILE, unset.KMU_PRIVACY_FILE, unset.KMU_HOST_NAME]).toEqual([undefined, undefined, undefined]);
  });

  it("stops with a clear message naming the variable when a file is missing, a directory or too large", () => {
    expect(() => parseEnv({ KMU_PRIVACY_FILE: path.join(dir, "fehlt.md") })).toThrow(/KMU_PRIVACY_FILE: must name an existing text file/);
    expect(() => parseEnv({ KMU_IMPRINT_FILE: dir })).toThrow(/KMU_IMPRINT_FILE/);
    expect(() => parseEnv({ KMU_IMPRINT_FILE: file("big.md", "x".repeat(200_001)) })).toThrow(/at most 200 kB/);
    expect(() => parseEnv({ KMU_HOST_NAME: "x".repeat(201) })).toThrow(/KMU_HOST_NAME/);
  });
});

describe("legalDocument / hostName", () => {
  beforeEach(() => {
    env.values = {};
  });

  it("null without configuration", async () => {
    expect(await legalDocument("imprint")).toBeNull();
    expect(await legalDocument("privacy")).toBeNull();
    expect(hostName()).toBeNull();
  });

  it("reads and parses the configured file on every request", async () => {
    const p = file("datenschutz.md", "# Datenschutz\nText");
    env.values = { KMU_PRIVACY_FILE: p, KMU_HOST_NAME: "Kammer" };
    expect(await legalDocument("privacy")).toEqual([
      { kind: "heading", level: 2, content: [{ kind: "text", text: "Datenschutz" }] },
      { kind: "paragraph", lines: [[{ kind: "text", text: "Text" }]] },
    ]);
    expect(await legalDocument("imprint")).toBeNull();
    writeFileSync(p, "Neu");
    expect(await legalDocument("privacy")).toEqual([{ kind: "paragraph", lines: [[{ kind: "text", text: "Neu" }]] }]);
    expect(hostName()).toBe("Kammer");
  });

  it("a file that became empty or disappeared counts as not configured and is logged", async () => {
    const warn = vi.spyOn(log(), "warn").mockImplementation(() => undefined);
    env.values = { KMU_IMPRINT_FILE: file("leer.md", " \n\n") };
    expect(await legalDocument("imprint")).toBeNull();
    env.values = { KMU_IMPRINT_FILE: path.join(dir, "weg.md") };
    expect(await legalDocument("imprint")).toBeNull();
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});
