import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * The manifest (`content/manifest.json`) records the sha256 of every published content file.
 * A published file never changes: a change is a new version file with its own entry.
 */
export const manifestSchema = z.object({
  note: z.string().optional(),
  files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
});
export type Manifest = z.infer<typeof manifestSchema>;

export const MANIFEST_FILE = "manifest.json";
export const MANIFEST_NOTE =
  "sha256 of every published content file. Published versions never change: add a new version. Update with `npm run content:manifest` (adds new files only).";

export function sha256(text: string | Buffer): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Content files below dir, relative with forward slashes, sorted (questionnaires/<key>/<v>.json, measures/<v>.json). */
export function contentFiles(dir: string): string[] {
  const out: string[] = [];
  const qDir = path.join(dir, "questionnaires");
  for (const key of existsSync(qDir) ? readdirSync(qDir).sort() : []) {
    for (const f of readdirSync(path.join(qDir, key)).filter((x) => x.endsWith(".json")).sort()) out.push(`questionnaires/${key}/${f}`);
  }
  const mDir = path.join(dir, "measures");
  for (const f of existsSync(mDir) ? readdirSync(mDir).filter((x) => x.endsWith(".json")).sort() : []) out.push(`measures/${f}`);
  return out;
}

export function hashContentFiles(dir: string): Record<string, string> {
  return Object.fromEntries(contentFiles(dir).map((f) => [f, sha256(readFileSync(path.join(dir, f)))]));
}

export function readManifest(dir: string): Manifest {
  const file = path.join(dir, MANIFEST_FILE);
  if (!existsSync(file)) return { files: {} };
  return manifestSchema.parse(JSON.parse(readFileSync(file, "utf8")));
}

export type HashStatus = "ok" | "changed" | "unlisted" | "missing";
export type ManifestEntryStatus = { file: string; status: HashStatus; expected: string | null; actual: string | null };

/** Compares the files on disk with the manifest. Pure. */
export function compareManifest(manifest: Manifest, actual: Record<string, string>): ManifestEntryStatus[] {
  const files = [...new Set([...Object.keys(manifest.files), ...Object.keys(actual)])].sort();
  return files.map((file) => {
    const expected = manifest.files[file] ?? null;
    const got = actual[file] ?? null;
    const status: HashStatus = expected === null ? "unlisted" : got === null ? "missing" : expected === got ? "ok" : "changed";
    return { file, status, expected, actual: got };
  });
}

/**
 * The manifest after recording new files. Existing entries are never rewritten: a changed
 * published file is refused (and so is a published file that disappeared). Pure.
 */
export function addNewFiles(manifest: Manifest, actual: Record<string, string>): { manifest: Manifest; added: string[]; refused: ManifestEntryStatus[] } {
  const status = compareManifest(manifest, actual);
  const added = status.filter((s) => s.status === "unlisted").map((s) => s.file);
  const refused = status.filter((s) => s.status === "changed" || s.status === "missing");
  const files = { ...manifest.files };
  for (const f of added) files[f] = actual[f];
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
  return { manifest: { note: MANIFEST_NOTE, files: sorted }, added, refused };
}

/**
 * What stops the server from serving the content in dir, one line per file naming it: a published
 * file whose text differs from its manifest hash, one that is gone, or one the manifest does not list
 * yet. Empty when all is well. Checked by `npm start` before the server opens.
 */
export function publishedContentProblems(dir: string): string[] {
  return compareManifest(readManifest(dir), hashContentFiles(dir))
    .filter((s) => s.status !== "ok")
    .map((s) =>
      s.status === "changed"
        ? `content/${s.file} was changed after it was published (its sha256 differs from content/manifest.json): revert it and publish the change as a new version`
        : s.status === "missing"
          ? `content/${s.file} is listed in content/manifest.json but the file is gone: restore it (results answered with it need it)`
          : `content/${s.file} is not in content/manifest.json yet: record it with \`npm run content:manifest\``,
    );
}
