/**
 * Calls `onGone` once when this process's parent has exited (the process was re-parented, so
 * `process.ppid` changed). `npm start` runs the launcher through `sh -c`; a SIGTERM to npm ends npm
 * and that shell but never reaches the launcher or the server, which then served on as orphans with
 * the database open. Watching the parent closes that gap for any wrapper, and for SIGKILL too.
 */
export function onParentExit(onGone: () => void, intervalMs = 500): () => void {
  const initial = process.ppid;
  let fired = false;
  const timer = setInterval(() => {
    if (fired || process.ppid === initial) return;
    fired = true;
    clearInterval(timer);
    onGone();
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
