import type { LocalBackup, DraftState } from "./autosave";

/** Unsaved answers survive a closed tab or a crash in localStorage until the server has them. */
export function localBackup(assessmentId: string): LocalBackup {
  const key = `kmu-kompass:draft:${assessmentId}`;
  return {
    write(value) {
      try {
        localStorage.setItem(key, JSON.stringify(value));
      } catch {
        /* storage full or disabled: the server copy is still the source of truth */
      }
    },
    read() {
      try {
        const raw = localStorage.getItem(key);
        return raw ? (JSON.parse(raw) as { baseRevision: number } & DraftState) : null;
      } catch {
        return null;
      }
    },
    clear() {
      try {
        localStorage.removeItem(key);
      } catch {
        /* ignore */
      }
    },
  };
}
