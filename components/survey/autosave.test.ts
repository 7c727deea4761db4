import { describe, it, expect, beforeEach, afterEach, vi } from "vitest";
import { Autosaver, backoffMs, type SaveBody, type SaveStatus, type ConflictState, type LocalBackup, type DraftState, type TransportResult } from "./autosave";

/**
 * An in-memory stand-in for PUT /api/companies/:id/assessments/:id that behaves like the real route:
 * optimistic concurrency on `revision`, 409 with the stored state, 200 with the new revision.
 * `latencyMs` makes a request take (fake) time; `online = false` makes fetch throw.
 */
class FakeServer {
  revision = 0;
  answers: Record<string, unknown> = {};
  currentPage = 0;
  status: "draft" | "submitted" = "draft";
  online = true;
  latencyMs = 0;
  /** answer every request with this status (e.g. 422, 500) instead of handling it */
  forced: number | null = null;
  requests: Array<SaveBody & { keepalive?: boolean }> = [];

  transport = async (body: SaveBody, opts?: { keepalive?: boolean }): Promise<TransportResult> => {
    this.requests.push({ ...structuredClone(body), ...(opts?.keepalive ? { keepalive: true } : {}) });
    if (this.latencyMs) await new Promise((r) => setTimeout(r, this.latencyMs));
    if (!this.online) throw new TypeError("Failed to fetch");
    if (this.forced) return { status: this.forced, body: { error: { code: "x", message: "x" } } };
    if (this.status !== "draft" || body.revision !== this.revision) {
      return {
        status: 409,
        body: { error: { code: "conflict", details: { revision: this.revision, answers: this.answers, currentPage: this.currentPage, status: this.status } } },
      };
    }
    this.answers = structuredClone(body.answers);
    this.currentPage = body.currentPage;
    this.revision++;
    return { status: 200, body: { revision: this.revision, savedAt: new Date().toISOString() } };
  };
}

class MemoryBackup implements LocalBackup {
  value: ({ baseRevision: number } & DraftState) | null = null;
  writes = 0;
  write(v: { baseRevision: number } & DraftState) {
    this.value = structuredClone(v);
    this.writes++;
  }
  read() {
    return this.value;
  }
  clear() {
    this.value = null;
  }
}

let server: FakeServer;
let backup: MemoryBackup;
let state: DraftState;
let statuses: SaveStatus[];
let conflicts: ConflictState[];
let saver: Autosaver;

function makeSaver(opts: { revision?: number; maxBackoffMs?: number } = {}) {
  saver = new Autosaver({
    revision: opts.revision ?? server.revision,
    transport: server.transport,
    snapshot: () => structuredClone(state),
    onStatus: (s) => statuses.push(s),
    onConflict: (s) => conflicts.push(s),
    backup,
    debounceMs: 1500,
    maxBackoffMs: opts.maxBackoffMs ?? 30_000,
  });
  return saver;
}

/** the user answers a question */
function answer(name: string, value: unknown, immediate = false) {
  state = { ...state, answers: { ...state.answers, [name]: value } };
  saver.change(immediate);
}

const last = () => statuses.at(-1)!;
const tick = (ms: number) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => {
  vi.useFakeTimers();
  server = new FakeServer();
  backup = new MemoryBackup();
  state = { answers: {}, currentPage: 0 };
  statuses = [];
  conflicts = [];
  makeSaver();
});
afterEach(() => {
  saver.stop();
  vi.useRealTimers();
});

describe("Autosaver: debounce", () => {
  it("coalesces several quick changes into one request with the latest state", async () => {
    answer("q1", 1);
    await tick(500);
    answer("q2", 2);
    await tick(500);
    answer("q1", 3);
    await tick(1499);
    expect(server.requests).toHaveLength(0);
    expect(last()).toEqual({ kind: "pending" });
    await tick(1);
    expect(server.requests).toEqual([{ revision: 0, answers: { q1: 3, q2: 2 }, currentPage: 0 }]);
    expect(server.answers).toEqual({ q1: 3, q2: 2 });
    expect(saver.revision).toBe(1);
    expect(last()).toMatchObject({ kind: "saved" });
    expect((last() as { at: Date }).at).toBeInstanceOf(Date);
    expect(saver.isDirty).toBe(false);
  });

  it("change(true) (page change) saves without waiting for the debounce", async () => {
    state = { ...state, currentPage: 2 };
    saver.change(true);
    await tick(0);
    expect(server.requests).toHaveLength(1);
    expect(server.currentPage).toBe(2);
  });

  it("a change while a request is in flight is sent afterwards with the new revision (no self-conflict)", async () => {
    server.latencyMs = 300;
    answer("q1", 1);
    await tick(1500 + 100); // first request in flight
    answer("q2", 2);
    await tick(300); // first request answered
    expect(server.revision).toBe(1);
    expect(last()).toEqual({ kind: "pending" }); // the newer change is still unsaved
    await tick(1500 + 300);
    expect(server.requests.map((r) => r.revision)).toEqual([0, 1]);
    expect(server.answers).toEqual({ q1: 1, q2: 2 });
    expect(conflicts).toEqual([]);
    expect(last()).toMatchObject({ kind: "saved" });
  });

  it("sends nothing when nothing changed", async () => {
    await tick(60_000);
    expect(server.requests).toHaveLength(0);
    expect(await saver.flush()).toBe(true);
    expect(server.requests).toHaveLength(0);
  });
});

describe("Autosaver: network failures", () => {
  it("backoffMs doubles from 1s and is capped", () => {
    expect([1, 2, 3, 4, 5, 6].map((a) => backoffMs(a))).toEqual([1000, 2000, 4000, 8000, 16000, 30000]);
    expect(backoffMs(20)).toBe(30_000);
    expect(backoffMs(4, 5000)).toBe(5000);
    expect(backoffMs(0)).toBe(1000);
  });

  it('a throwing transport -> "retrying" with backoff 1s, 2s, 4s, ... capped; the change is sent once the network is back', async () => {
    makeSaver({ maxBackoffMs: 5000 });
    server.online = false;
    answer("q1", 4);
    await tick(1500);
    expect(server.requests).toHaveLength(1);
    expect(last()).toEqual({ kind: "retrying", inMs: 1000, attempt: 1 });
    await tick(999);
    expect(server.requests).toHaveLength(1);
    await tick(1);
    expect(server.requests).toHaveLength(2);
    expect(last()).toEqual({ kind: "retrying", inMs: 2000, attempt: 2 });
    await tick(2000);
    expect(last()).toEqual({ kind: "retrying", inMs: 4000, attempt: 3 });
    await tick(4000);
    expect(last()).toEqual({ kind: "retrying", inMs: 5000, attempt: 4 });
    await tick(5000);
    expect(last()).toEqual({ kind: "retrying", inMs: 5000, attempt: 5 });
    expect(server.requests).toHaveLength(5);
    expect(saver.isDirty).toBe(true);
    expect(backup.value).toEqual({ baseRevision: 0, answers: { q1: 4 }, currentPage: 0 });

    server.online = true;
    await tick(5000);
    expect(server.requests).toHaveLength(6);
    expect(server.answers).toEqual({ q1: 4 });
    expect(last()).toMatchObject({ kind: "saved" });
    expect(backup.value).toBeNull();

    // the backoff starts from 1s again after a success
    server.online = false;
    answer("q2", 1);
    await tick(1500);
    expect(last()).toEqual({ kind: "retrying", inMs: 1000, attempt: 1 });
  });

  it("5xx and 429 are retried like network errors", async () => {
    for (const code of [500, 503, 429]) {
      server = new FakeServer();
      makeSaver();
      server.forced = code;
      answer("q1", code);
      await tick(1500);
      expect(last()).toEqual({ kind: "retrying", inMs: 1000, attempt: 1 });
      server.forced = null;
      await tick(1000);
      expect(server.answers).toEqual({ q1: code });
      saver.stop();
    }
  });
});

describe("Autosaver: a plain reload is not a conflict", () => {
  it("the previous page's keepalive save landed after this page was rendered: 409 with our own state -> saved, no conflict", async () => {
    // page 1: the user answers and reloads before the debounce; pagehide sends the keepalive save
    server.latencyMs = 200;
    answer("q1", 3);
    saver.flushOnExit();
    const backedUp = structuredClone(backup.value!);
    expect(backedUp).toEqual({ baseRevision: 0, answers: { q1: 3 }, currentPage: 0 });
    saver.stop();
    // page 2 was rendered with revision 0 (the keepalive save is still on its way) and restores the backup
    statuses = [];
    state = { answers: backedUp.answers, currentPage: backedUp.currentPage };
    makeSaver({ revision: 0 });
    await tick(250); // the keepalive save lands: server revision 1
    expect(server.revision).toBe(1);
    saver.change(true);
    await tick(250);
    expect(server.requests.at(-1)!.revision).toBe(0); // answered 409
    expect(conflicts).toEqual([]);
    expect(statuses.map((s) => s.kind)).not.toContain("conflict");
    expect(last()).toMatchObject({ kind: "saved" });
    expect(saver.revision).toBe(1);
    expect(backup.value).toBeNull();
    // and the next answer goes through on revision 1
    answer("q2", 1);
    await tick(1750);
    expect(server.revision).toBe(2);
    expect(server.answers).toEqual({ q1: 3, q2: 1 });
  });
});

describe("Autosaver: conflicts", () => {
  it("409 -> onConflict receives the server state and the revision is taken over", async () => {
    // another tab saved twice in the meantime
    server.revision = 2;
    server.answers = { q1: 0, q9: 4 };
    server.currentPage = 3;
    answer("q1", 4);
    await tick(1500);
    expect(conflicts).toEqual([{ revision: 2, answers: { q1: 0, q9: 4 }, currentPage: 3, status: "draft" }]);
    expect(last()).toEqual({ kind: "conflict" });
    expect(saver.revision).toBe(2);
    expect(saver.isDirty).toBe(false);
    expect(backup.value).toBeNull(); // the stale local copy must not be restored later

    // the next change is based on the server's revision and goes through
    answer("q2", 1);
    await tick(1500);
    expect(server.requests.at(-1)!.revision).toBe(2);
    expect(server.revision).toBe(3);
    expect(last()).toMatchObject({ kind: "saved" });
  });

  it('409 with status "submitted" -> failed/submitted and the saver stops', async () => {
    server.status = "submitted";
    server.revision = 5;
    answer("q1", 1);
    await tick(1500);
    expect(last()).toEqual({ kind: "failed", reason: "submitted" });
    expect(conflicts).toEqual([{ revision: 5, answers: {}, currentPage: 0, status: "submitted" }]);
    answer("q2", 2);
    await tick(60_000);
    expect(server.requests).toHaveLength(1);
    expect(await saver.flush()).toBe(true); // nothing is left to send: the result is frozen
    expect(server.requests).toHaveLength(1);
  });

  it("409 closed (a workshop that ended) -> failed/closed, the change stays in the local backup, no more requests", async () => {
    server.transport = async (body) => {
      server.requests.push(structuredClone(body));
      return { status: 409, body: { error: { code: "conflict", message: "closed", details: { closed: true } } } };
    };
    saver.stop();
    makeSaver();
    answer("q1", 1);
    await tick(1500);
    expect(last()).toEqual({ kind: "failed", reason: "closed" });
    expect(backup.value?.answers).toEqual({ q1: 1 });
    answer("q2", 2);
    await tick(60_000);
    expect(server.requests).toHaveLength(1);
  });

  it("409 without details -> failed/submitted and stops", async () => {
    server.transport = async (body) => {
      server.requests.push(body);
      return { status: 409, body: null };
    };
    makeSaver();
    answer("q1", 1);
    await tick(1500);
    expect(last()).toEqual({ kind: "failed", reason: "submitted" });
    answer("q1", 2);
    await tick(10_000);
    expect(server.requests).toHaveLength(1);
  });

  // Was a bug: lib/assessments/mutations.ts — saving after submit threw
  // AppError("conflict", "alreadySubmitted", { revision }) without `status` (nor answers/currentPage).
  // The Autosaver (autosave.ts:137) only stops when details.status !== "draft", so against the real
  // route it reports a plain "conflict", keeps running, and hands onConflict a state without answers.
  // Suggested fix: include `status: a.status, answers: a.answers, currentPage: a.currentPage` in the
  // alreadySubmitted details (or treat a missing status as not-draft in autosave.ts).
  it("409 with the real route's alreadySubmitted body -> failed/submitted and stops", async () => {
    server.transport = async (body) => {
      server.requests.push(body);
      return { status: 409, body: { error: { code: "conflict", message: "…", details: { revision: 7 } } } };
    };
    makeSaver();
    answer("q1", 1);
    await tick(1500);
    expect(last()).toEqual({ kind: "failed", reason: "submitted" });
  });
});

describe("Autosaver: client errors", () => {
  it("422 -> failed/invalid, no retry, the change stays unsaved", async () => {
    server.forced = 422;
    answer("q1", 99);
    await tick(1500);
    expect(last()).toEqual({ kind: "failed", reason: "invalid" });
    await tick(120_000);
    expect(server.requests).toHaveLength(1);
    expect(saver.isDirty).toBe(true);
    expect(backup.value).not.toBeNull();
    expect(await saver.flush()).toBe(false);
  });

  it.each([
    [400, "invalid"],
    [413, "invalid"],
    [401, "unauthorized"],
    [403, "forbidden"],
    [404, "forbidden"],
  ] as const)("%s -> failed/%s without retry", async (code, reason) => {
    server.forced = code;
    answer("q1", 1);
    await tick(1500);
    expect(last()).toEqual({ kind: "failed", reason });
    await tick(60_000);
    expect(server.requests).toHaveLength(1);
  });

  it("a later change after a failure is tried again (e.g. the user corrected the answer)", async () => {
    server.forced = 422;
    answer("q1", 99);
    await tick(1500);
    server.forced = null;
    answer("q1", 2);
    await tick(1500);
    expect(server.answers).toEqual({ q1: 2 });
    expect(last()).toMatchObject({ kind: "saved" });
  });
});

describe("Autosaver: flush", () => {
  it("saves a pending change at once and resolves true when the server has everything", async () => {
    answer("q1", 3);
    const ok = await saver.flush();
    expect(ok).toBe(true);
    expect(server.answers).toEqual({ q1: 3 });
    expect(server.revision).toBe(1);
    await tick(1500); // the debounce timer firing later sends nothing more
    expect(server.requests).toHaveLength(1);
  });

  it("waits for a request in flight and then sends the change made meanwhile", async () => {
    server.latencyMs = 200;
    answer("q1", 1);
    await tick(1500 + 50);
    answer("q2", 2);
    const p = saver.flush();
    await tick(200 + 200);
    expect(await p).toBe(true);
    expect(server.answers).toEqual({ q1: 1, q2: 2 });
    expect(server.requests.map((r) => r.revision)).toEqual([0, 1]);
  });

  it("resolves false while the network is down, true once it is back", async () => {
    server.online = false;
    answer("q1", 1);
    expect(await saver.flush()).toBe(false);
    expect(last()).toMatchObject({ kind: "retrying" });
    server.online = true;
    expect(await saver.flush()).toBe(true);
    expect(server.answers).toEqual({ q1: 1 });
  });

  it("resolves true with nothing to send", async () => {
    expect(await saver.flush()).toBe(true);
  });
});

describe("Autosaver: local backup", () => {
  it("is written on every change with the base revision and cleared after a successful save", async () => {
    answer("q1", 1);
    expect(backup.value).toEqual({ baseRevision: 0, answers: { q1: 1 }, currentPage: 0 });
    answer("q2", 2);
    expect(backup.value).toEqual({ baseRevision: 0, answers: { q1: 1, q2: 2 }, currentPage: 0 });
    expect(backup.writes).toBe(2);
    await tick(1500);
    expect(server.answers).toEqual({ q1: 1, q2: 2 });
    expect(backup.value).toBeNull();
  });

  it("is kept (with the new base revision) when a change arrived while a save was in flight", async () => {
    server.latencyMs = 100;
    answer("q1", 1);
    await tick(1550);
    answer("q2", 2);
    await tick(100);
    expect(server.revision).toBe(1);
    expect(backup.value).toEqual({ baseRevision: 1, answers: { q1: 1, q2: 2 }, currentPage: 0 });
    await tick(1500 + 100);
    expect(backup.value).toBeNull();
  });

  it("is kept while saving fails", async () => {
    server.online = false;
    answer("q1", 1);
    await tick(1500 + 1000 + 2000);
    expect(backup.value).toEqual({ baseRevision: 0, answers: { q1: 1 }, currentPage: 0 });
  });
});

describe("Autosaver: flushOnExit and stop", () => {
  it("flushOnExit sends one keepalive request only when something is unsaved", async () => {
    saver.flushOnExit();
    expect(server.requests).toHaveLength(0);
    answer("q1", 1);
    saver.flushOnExit();
    await tick(0);
    expect(server.requests).toEqual([{ revision: 0, answers: { q1: 1 }, currentPage: 0, keepalive: true }]);
    expect(server.answers).toEqual({ q1: 1 });
  });

  it("flushOnExit swallows a network error", async () => {
    server.online = false;
    answer("q1", 1);
    expect(() => saver.flushOnExit()).not.toThrow();
    await tick(0);
  });

  // Regression (fixed): components/survey/autosave.ts:82-85 — flushOnExit() ignores the response of its keepalive
  // request. survey-runner.tsx calls it on every `visibilitychange` to hidden (switching tabs), so the
  // page usually lives on: the server is now one revision ahead while `this.revision` and `dirty` are
  // unchanged. The next save is sent with the old revision, gets 409, and onConflict replaces the
  // model with the server copy: an answer given after returning to the tab is silently lost (and
  // "conflict" is shown for the user's own write). Suggested fix: treat the keepalive request like a
  // normal send (chain it as `inFlight`, take over `body.revision` on 200 and clear `dirty` when the
  // snapshot did not change since), or only use it on `pagehide`.
  it("a keepalive save on tab switch does not make the next change conflict or get lost", async () => {
    answer("q1", 1);
    await tick(200);
    saver.flushOnExit(); // user switches to another tab; the page lives on
    await tick(200);
    answer("q2", 2); // user comes back and answers the next question
    await tick(1500);
    expect(await saver.flush()).toBe(true);
    expect(conflicts).toEqual([]);
    expect(server.answers).toEqual({ q1: 1, q2: 2 });
  });

  it("stop() cancels a scheduled save and ignores later changes", async () => {
    answer("q1", 1);
    saver.stop();
    answer("q2", 2);
    await tick(60_000);
    expect(server.requests).toHaveLength(0);
  });
});
