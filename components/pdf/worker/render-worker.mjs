/**
 * Entry of a PDF render worker thread (piscina). A plain .mjs file on purpose: it is loaded at run
 * time by path, outside the Next.js bundle, so it registers tsx to load the TypeScript document.
 * Fonts are registered once per worker; the first render of a worker loads them (~0.5 s).
 */
import { register } from "tsx/esm/api";

register();
const { renderTask } = await import("./render-task.tsx");

export default renderTask;
