import "server-only";
import { contentRegistry } from "./index";
import { contentDir } from "./load";
import { compareManifest, hashContentFiles, readManifest } from "./manifest";
import { contentOverview, type ContentOverview } from "./overview";

/** The admin overview of the content folder the app serves, with the manifest check run now. */
export function loadContentOverview(): ContentOverview {
  const reg = contentRegistry();
  const dir = contentDir();
  return contentOverview(reg.all(), reg.catalogues(), compareManifest(readManifest(dir), hashContentFiles(dir)));
}
