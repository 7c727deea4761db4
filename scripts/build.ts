/**
 * `npm run build`: `next build` plus the stamp of the sources it was made from, so that `npm start`
 * (here, or on every instance the `.next` folder is shipped to with the same sources) serves it
 * without building again. See README, "Several instances".
 */
import { buildApp } from "./build-stamp";

process.exit(buildApp(process.cwd()));
