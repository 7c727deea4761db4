/**
 * npm run content:manifest — records the sha256 of NEW content files in content/manifest.json.
 * It never changes the hash of a file that is already listed: published versions never change.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { contentDir } from "../lib/content/load";
import { addNewFiles, hashContentFiles, readManifest, MANIFEST_FILE } from "../lib/content/manifest";

const dir = process.argv[2] ? path.resolve(process.argv[2]) : contentDir();
const { manifest, added, refused } = addNewFiles(readManifest(dir), hashContentFiles(dir));

if (refused.length) {
  for (const r of refused) {
    console.error(
      r.status === "changed"
        ? `✗ ${r.file}: its content differs from the published hash.`
        : `✗ ${r.file}: listed in the manifest, but the file is gone.`,
    );
  }
  console.error("Published versions never change: add a new version (copy the file to a new version number) and revert this change.");
  console.error("The manifest was not written.");
  process.exit(1);
}
writeFileSync(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
if (added.length) for (const f of added) console.log(`+ ${f}`);
console.log(added.length ? `${added.length} new file(s) recorded in ${MANIFEST_FILE}.` : `No new content files; ${MANIFEST_FILE} is up to date.`);
