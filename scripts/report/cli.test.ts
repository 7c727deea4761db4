import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { companyExportSchema, parseCompanyExport } from "@/lib/export/schema";

const tsx = path.join("node_modules", ".bin", "tsx");
const run = (args: string[]) => spawnSync(tsx, ["scripts/report/cli.ts", ...args], { encoding: "utf8", env: { ...process.env, NODE_ENV: "production" } });
const text = (file: string) => execFileSync("pdftotext", ["-raw", file, "-"], { encoding: "utf8" });

describe("npm run report (CLI)", () => {
  it("the shipped example export is valid against the documented schema", () => {
    const data = JSON.parse(readFileSync("examples/export-example.json", "utf8"));
    expect(companyExportSchema.safeParse(data).success).toBe(true);
    expect(() => parseCompanyExport({ ...data, formatVersion: 99 })).toThrow(/formatVersion/);
  });

  it("turns examples/export-example.json into the plan, in English on request", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "kmu-cli-"));
    const out = path.join(dir, "plan.pdf");
    const r = run(["--input", "examples/export-example.json", "--out", out, "--locale", "en"]);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe("%PDF-");
    const t = text(out);
    expect(t).toContain("Köhler Metallbau GmbH");
    expect(t).toContain("Action plan");
    expect(t).toContain("Your next three steps");
  }, 120_000);

  it("turns a folder of exports into a folder of PDFs and names the file it cannot read", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "kmu-cli-batch-"));
    const input = path.join(dir, "in");
    mkdirSync(input);
    copyFileSync("examples/export-example.json", path.join(input, "koehler.json"));
    const other = JSON.parse(readFileSync("examples/export-example.json", "utf8"));
    other.company.name = "Weißbach Präzisionsteile KG";
    writeFileSync(path.join(input, "weissbach.json"), JSON.stringify(other));
    writeFileSync(path.join(input, "broken.json"), JSON.stringify({ format: "something-else" }));
    const r = run(["--input", input, "--out", path.join(dir, "out")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/broken\.json: Not a valid KMU-Kompass export/);
    expect(readdirSync(path.join(dir, "out")).sort()).toEqual(["koehler.pdf", "weissbach.pdf"]);
    expect(text(path.join(dir, "out", "weissbach.pdf"))).toContain("Weißbach Präzisionsteile KG");
  }, 180_000);

  it("writes the computed plan as JSON and CSV when the output ends in .json / .csv", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "kmu-cli-json-"));
    const r = run(["--input", "examples/export-example.json", "--out", path.join(dir, "plan.json")]);
    expect(r.status, r.stderr).toBe(0);
    const plan = JSON.parse(readFileSync(path.join(dir, "plan.json"), "utf8"));
    expect(plan).toMatchObject({ format: "kmu-kompass-plan", formatVersion: 1, status: "ok", company: { name: "Köhler Metallbau GmbH" } });
    expect(plan.recommended.length).toBeGreaterThan(0);
    expect(plan.recommended.length).toBeLessThanOrEqual(plan.capacity.maxRecommended);
    for (const m of plan.recommended) {
      expect(["0-3", "3-12", "12-24"]).toContain(m.phase);
      expect(["quick-win", "strategic", "fill-in", "later"]).toContain(m.quadrant);
      expect(m.triggeredBy.length).toBeGreaterThan(0);
      expect(m.reviewDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(typeof m.ownerRole).toBe("string");
    }
    expect(plan.deferred.every((d: { reason: string }) => typeof d.reason === "string")).toBe(true);
    const c = run(["--input", "examples/export-example.json", "--out", path.join(dir, "plan.csv"), "--locale", "en"]);
    expect(c.status, c.stderr).toBe(0);
    const lines = readFileSync(path.join(dir, "plan.csv"), "utf8").replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("rank;measureId;title;recommendation;phase;quadrant;effort;benefit;ownerRole;reviewDate;status;triggeredBy;firstStep;kpi;reason");
    expect(lines.length).toBe(1 + plan.recommended.length + plan.kept.length + plan.deferred.length);
    expect(run(["--input", "examples/export-example.json", "--out", path.join(dir, "plan.txt")]).status).toBe(2);
  }, 120_000);

  it("explains its usage when arguments are missing", () => {
    const r = run([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--input <export\.json\|folder> --out/);
  }, 60_000);
});
