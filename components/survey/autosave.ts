/**
 * Client-side autosave for a draft. Framework-free so that its behaviour (debounce, retry with
 * backoff, stale-revision handling, local backup) is unit-tested without a browser.
 */
export type DraftState = { answers: Record<string, unknown>; currentPage: number };
export type SaveBody = DraftState & { revision: number };
export type TransportResult = { status: number; body: unknown };
export type Transport = (body: SaveBody, opts?: { keepalive?: boolean }) => Promise<TransportResult>;

export type SaveStatus =
  | { kind: "saved"; at: Date | null }
  | { kind: "saving" }
  | { kind: "pending" }
  | { kind: "retrying"; inMs: number; attempt: number }
  | { kind: "conflict" }
  | { kind: "failed"; reason: "invalid" | "unauthorized" | "submitted" | "forbidden" | "closed" };

export type ConflictState = DraftState & { revision: number; status: string };

export interface LocalBackup {
  write(value: { baseRevision: number } & DraftState): void;
  read(): ({ baseRevision: number } & DraftState) | null;
  clear(): void;
}

export type AutosaverOptions = {
  revision: number;
  transport: Transport;
  snapshot: () => DraftState;
  onStatus: (s: SaveStatus) => void;
  onConflict: (server: ConflictState) => void;
  backup?: LocalBackup;
  debounceMs?: number;
  maxBackoffMs?: number;
  timers?: { set: (fn: () => void, ms: number) => unknown; clear: (h: unknown) => void };
};

export function backoffMs(attempt: number, max = 30_000): number {
  return Math.min(max, 1000 * 2 ** Math.max(0, attempt - 1));
}

export class Autosaver {
  revision: number;
  private dirty = false;
  private inFlight: Promise<void> | null = null;
  private timer: unknown = null;
  private attempt = 0;
  private stopped = false;
  private readonly o: Required<Omit<AutosaverOptions, "backup">> & { backup?: LocalBackup };

  constructor(opts: AutosaverOptions) {
    this.o = {
      debounceMs: 1500,
      maxBackoffMs: 30_000,
      timers: { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
      ...opts,
    };
    this.revision = opts.revision;
  }

  get isDirty(): boolean {
    return this.dirty;
  }

  /** Call on every change: backs the state up locally and schedules a save. */
  change(immediate = false): void {
    if (this.stopped) return;
    this.dirty = true;
    this.o.backup?.write({ baseRevision: this.revision, ...this.o.snapshot() });
    this.o.onStatus({ kind: "pending" });
    this.schedule(immediate ? 0 : this.o.debounceMs);
  }

  /** Saves now (waiting for a save in flight first). Resolves true when nothing is left unsaved. */
  async flush(): Promise<boolean> {
    if (this.inFlight) await this.inFlight;
    if (this.dirty && !this.stopped) await this.run();
    return !this.dirty;
  }

  /**
   * On page hide: saves now with a request that survives the tab closing. It goes through the same
   * path as every save, so when the page lives on (a tab switch) the new revision is taken over.
   */
  flushOnExit(): void {
    if (!this.dirty || this.stopped) return;
    if (this.timer) this.o.timers.clear(this.timer);
    this.timer = null;
    void this.run({ keepalive: true });
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) this.o.timers.clear(this.timer);
  }

  private schedule(ms: number): void {
    if (this.timer) this.o.timers.clear(this.timer);
    this.timer = this.o.timers.set(() => {
      this.timer = null;
      void this.run();
    }, ms);
  }

  private run(opts?: { keepalive?: boolean }): Promise<void> {
    if (this.inFlight) return this.inFlight.then(() => (this.dirty ? this.run(opts) : undefined));
    this.inFlight = this.send(opts).finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  /**
   * The server holds our state at `revision`: saved when nothing changed meanwhile, else the newer
   * edits stay in the local backup (and, after a 409 that was our own earlier save, go out at once).
   */
  private acknowledged(revision: number, sendRest: boolean): void {
    this.revision = revision;
    this.attempt = 0;
    if (!this.dirty) {
      this.o.backup?.clear();
      this.o.onStatus({ kind: "saved", at: new Date() });
    } else {
      this.o.backup?.write({ baseRevision: this.revision, ...this.o.snapshot() });
      if (sendRest) this.schedule(0);
    }
  }

  private async send(opts?: { keepalive?: boolean }): Promise<void> {
    if (!this.dirty || this.stopped) return;
    this.dirty = false;
    const state = this.o.snapshot();
    this.o.onStatus({ kind: "saving" });
    let res: TransportResult;
    try {
      res = await this.o.transport({ revision: this.revision, ...state }, opts);
    } catch {
      res = { status: 0, body: null };
    }
    const body = (res.body ?? {}) as { revision?: number; error?: { details?: ConflictState & { closed?: boolean } } };
    if (res.status === 200 && typeof body.revision === "number") {
      this.acknowledged(body.revision, false);
      return;
    }
    if (res.status === 409 && body.error?.details?.closed) {
      // answers are closed (a workshop that ended): keep the change locally, say why, stop saving
      this.dirty = true;
      this.o.onStatus({ kind: "failed", reason: "closed" });
      this.stop();
      return;
    }
    if (res.status === 409) {
      const server = body.error?.details;
      if (server && server.status === "draft" && typeof server.revision === "number" && sameDraft(server, state)) {
        // the server already holds exactly this state: our own earlier save (e.g. the keepalive save of
        // the page before a reload, which landed after this page was rendered), not another window
        this.acknowledged(server.revision, true);
        return;
      }
      this.o.backup?.clear();
      this.dirty = false;
      if (server && typeof server.revision === "number") {
        this.revision = server.revision;
        if (server.status !== "draft") {
          this.o.onStatus({ kind: "failed", reason: "submitted" });
          this.stop();
        } else {
          this.o.onStatus({ kind: "conflict" });
        }
        this.o.onConflict(server);
      } else {
        this.o.onStatus({ kind: "failed", reason: "submitted" });
        this.stop();
      }
      return;
    }
    if (res.status === 401 || res.status === 403 || res.status === 404 || res.status === 400 || res.status === 413 || res.status === 422) {
      this.dirty = true;
      const reason = res.status === 401 ? "unauthorized" : res.status === 403 || res.status === 404 ? "forbidden" : "invalid";
      this.o.onStatus({ kind: "failed", reason });
      return;
    }
    // network error, 429 or 5xx: keep the change and retry with exponential backoff
    this.dirty = true;
    this.attempt++;
    const inMs = backoffMs(this.attempt, this.o.maxBackoffMs);
    this.o.onStatus({ kind: "retrying", inMs, attempt: this.attempt });
    this.schedule(inMs);
  }
}

/** Same answers and page, independent of key order. */
export function sameDraft(a: Partial<DraftState>, b: DraftState): boolean {
  return a.currentPage === b.currentPage && stableJson(a.answers ?? {}) === stableJson(b.answers);
}

function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(",")}]`;
  if (v && typeof v === "object") {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v) ?? "null";
}
