import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PGlite, messages } from "@electric-sql/pglite";
import { withPreparedStatements } from "./pglite-statements";

// PGlite only: the cache is how the app talks to PGlite (lib/db/connect.ts); every other db test runs through it too
describe("PGlite with prepared statements", () => {
  let pg: PGlite;
  beforeAll(async () => {
    pg = new PGlite();
    await pg.exec(`CREATE TABLE t (id int PRIMARY KEY, name text, tags text[], doc jsonb, at timestamptz, big bigint, raw bytea, ok boolean)`);
  });
  afterAll(() => pg.close());

  const prepared = async () => (await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_prepared_statements`)).rows[0].n;

  it("gives the same rows, fields and counts as PGlite's own query, for every kind of value", async () => {
    const c = withPreparedStatements(pg);
    const insert = `INSERT INTO t (id, name, tags, doc, at, big, raw, ok) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`;
    const at = new Date("2026-03-14T23:30:00.123Z");
    const a = await c.query(insert, [1, "Müller & Söhne \u00e4", ["a", "b,c"], { k: [1, { x: null }] }, at, 9007199254740993n, new Uint8Array([0, 1, 255]), true]);
    const b = await pg.query(insert, [2, "Müller & Söhne \u00e4", ["a", "b,c"], { k: [1, { x: null }] }, at, 9007199254740993n, new Uint8Array([0, 1, 255]), true]);
    expect(a.affectedRows).toBe(1);
    expect(a).toEqual(b);
    await c.query(insert, [3, null, null, null, null, null, null, null]);
    const select = `SELECT * FROM t WHERE id = ANY($1::int[]) ORDER BY id`;
    for (const options of [undefined, { rowMode: "array" as const }]) {
      const ours = await c.query(select, [[1, 2, 3]], options);
      const theirs = await pg.query(select, [[1, 2, 3]], options);
      expect(ours).toEqual(theirs);
      expect(ours.rows).toHaveLength(3);
    }
    const [row] = (await c.query<{ doc: unknown; at: Date; tags: string[] }>(`SELECT doc, at, tags FROM t WHERE id = $1`, [1])).rows;
    expect(row).toEqual({ doc: { k: [1, { x: null }] }, at, tags: ["a", "b,c"] });
  });

  it("prepares a statement text once and then only binds it", async () => {
    const c = withPreparedStatements(pg);
    const before = await prepared();
    for (let i = 0; i < 5; i++) expect((await c.query<{ v: number }>(`SELECT $1::int + 1 AS v`, [i])).rows).toEqual([{ v: i + 1 }]);
    expect(c.prepared()).toBe(1);
    expect(await prepared()).toBe(before + 1);
  });

  it("throws PGlite's DatabaseError with PostgreSQL's code, and goes on working", async () => {
    const c = withPreparedStatements(pg);
    await expect(c.query(`SELEC 1`)).rejects.toMatchObject({ code: "42601" });
    await expect(c.query(`SELECT nope FROM t`)).rejects.toBeInstanceOf(messages.DatabaseError);
    const dup = `INSERT INTO t (id) VALUES ($1)`;
    await expect(c.query(dup, [1])).rejects.toMatchObject({ code: "23505" });
    // the statement stays prepared and takes other values
    expect((await c.query(dup, [10])).affectedRows).toBe(1);
    await expect(c.query(`SELECT $1::int AS v`, ["x"])).rejects.toMatchObject({ code: "22P02" });
    expect((await c.query(`SELECT $1::int AS v`, [7])).rows).toEqual([{ v: 7 }]);
    expect(c.prepared()).toBe(2); // a text that did not parse is not kept
  });

  it("commits a transaction, rolls it back on an error, and refuses a closed one", async () => {
    const c = withPreparedStatements(pg);
    const count = async () => (await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM t WHERE id >= 100`)).rows[0].n;
    await c.transaction(async (tx) => {
      await tx.query(`INSERT INTO t (id) VALUES ($1)`, [100]);
    });
    expect(await count()).toBe(1);
    await expect(
      c.transaction(async (tx) => {
        await tx.query(`INSERT INTO t (id) VALUES ($1)`, [101]);
        await tx.query(`INSERT INTO t (id) VALUES ($1)`, [100]); // duplicate
      }),
    ).rejects.toMatchObject({ code: "23505" });
    expect(await count()).toBe(1);
    let kept: { query: (s: string) => Promise<unknown> } | undefined;
    await c.transaction(async (tx) => {
      kept = tx;
      await tx.rollback();
    });
    await expect(kept!.query(`SELECT 1`)).rejects.toThrow(/closed/);
  });

  it("lets no statement in between a transaction's statements", async () => {
    const c = withPreparedStatements(pg);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const tx = c.transaction(async (t) => {
      await t.query(`INSERT INTO t (id) VALUES ($1)`, [200]);
      await held;
      await t.query(`DELETE FROM t WHERE id = $1`, [200]);
    });
    await new Promise((r) => setTimeout(r, 10));
    const outside = c.query<{ n: number }>(`SELECT count(*)::int AS n FROM t WHERE id = $1`, [200]);
    release();
    await tx;
    // the outside read waited for the transaction: it never saw the row that was there only inside it
    expect((await outside).rows[0].n).toBe(0);
  });

  it("lets the event loop turn between statements, so a chain of them does not hold up other requests", async () => {
    const c = withPreparedStatements(pg);
    // counts how often the event loop comes round while the statements run
    const loops = async (work: () => Promise<void>) => {
      let n = 0;
      let done = false;
      const tick = () => {
        n++;
        if (!done) setImmediate(tick);
      };
      setImmediate(tick);
      await work();
      done = true;
      return n;
    };
    const outside = await loops(async () => {
      for (let i = 0; i < 10; i++) await c.query(`SELECT $1::int AS v`, [i]);
    });
    const inside = await loops(() =>
      c.transaction(async (tx) => {
        for (let i = 0; i < 10; i++) await tx.query(`SELECT $1::int AS v`, [i]);
      }),
    );
    // PGlite answers in this thread at once: without a turn per statement both chains ran in a single macrotask (0 loops)
    expect(outside).toBeGreaterThanOrEqual(9);
    expect(inside).toBeGreaterThanOrEqual(9);
  });

  it("keeps at most `max` statements and closes the least recently used", async () => {
    const c = withPreparedStatements(pg, { max: 2 });
    const before = await prepared();
    const q = (n: number) => c.query<{ v: number }>(`SELECT ${n} + $1::int AS v`, [1]);
    expect((await q(1)).rows[0].v).toBe(2);
    expect((await q(2)).rows[0].v).toBe(3);
    expect((await q(1)).rows[0].v).toBe(2); // 1 is now the most recently used
    expect((await q(3)).rows[0].v).toBe(4); // closes 2
    expect(c.prepared()).toBe(2);
    expect(await prepared()).toBe(before + 2);
    expect((await q(2)).rows[0].v).toBe(3); // prepared again
    expect(await prepared()).toBe(before + 2);
  });
});
