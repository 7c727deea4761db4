import { messages, parse, protocol, type PGlite, type QueryOptions, type Results, type Transaction } from "@electric-sql/pglite";

/**
 * PGlite with a cache of prepared statements, for the Prisma adapter (lib/db/connect.ts).
 *
 * PGlite's own `query` sends every statement as an unnamed one: six calls into PostgreSQL (parse,
 * describe the statement, bind, describe the portal, execute, sync), and PostgreSQL plans it anew
 * each time. Planning even a small join costs more than running it (0.5 of 0.65 ms for the session
 * check of every page, measured with EXPLAIN ANALYZE), and part of it is a file-system call per
 * table (PostgreSQL asks each relation's size). Prisma sends a small set of statement texts over
 * and over, so each text is prepared once as a named statement and then only bound and executed,
 * in one call: PostgreSQL keeps its plan (its own plan cache decides between a custom and a
 * generic plan, as with any prepared statement).
 *
 * Same results and errors as PGlite's `query`: the same parameter serializers (by the types
 * PostgreSQL describes), the same result parsers, the first error of the exchange thrown as
 * PGlite's DatabaseError, and the same mutexes (a statement outside a transaction waits for the
 * transaction in progress, as PGlite's `query` does). At most `max` statements are kept; the least
 * recently used is closed. With PGlite there is one process and one connection, so the cache is
 * the connection's.
 *
 * Every statement first lets the event loop turn (setImmediate). PGlite runs in this thread and
 * answers at once, so without a turn a request's whole chain of statements ran in one macrotask:
 * the server read no other request until it was done. (What kept a projector's poll waiting behind a
 * burst of submits was the burst itself: see SUBMITS_AT_ONCE in lib/assessments/mutations.ts.)
 */
export type StatementClient = Pick<PGlite, "query" | "exec" | "transaction">;

type Prepared = { name: string; types: number[] };

const { serialize } = protocol;

/** Lets timers, I/O and other requests run before the next statement (see above). */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

let made = 0; // statement names are unique in the process, whichever wrapper of a PGlite made them

export function withPreparedStatements(pg: PGlite, { max = 500 }: { max?: number } = {}): StatementClient & { prepared(): number } {
  const cache = new Map<string, Prepared>(); // in order of use, the least recently used first

  async function exchange(parts: Uint8Array[], syncToFs: boolean) {
    const { messages: out } = await pg.execProtocol(concat(parts), { syncToFs, throwOnError: false });
    const error = out.find((m) => m instanceof messages.DatabaseError);
    if (error) throw error;
    return out;
  }

  async function statement(sql: string, options: QueryOptions | undefined): Promise<Prepared> {
    const known = cache.get(sql);
    if (known) {
      cache.delete(sql);
      cache.set(sql, known);
      return known;
    }
    const closing: Uint8Array[] = [];
    for (const [text, old] of cache) {
      if (cache.size - closing.length < max) break;
      closing.push(serialize.close({ type: "S", name: old.name }));
      cache.delete(text);
    }
    const name = `kmu_${++made}`;
    const out = await exchange([...closing, serialize.parse({ name, text: sql, types: options?.paramTypes }), serialize.describe({ type: "S", name }), serialize.sync()], false);
    const prepared = { name, types: parse.parseDescribeStatementResults(out) };
    cache.set(sql, prepared);
    return prepared;
  }

  async function run<T>(sql: string, params: unknown[] = [], options: QueryOptions | undefined, inTransaction: boolean): Promise<Results<T>> {
    const { name, types } = await statement(sql, options);
    const values = params.map((param, i) => {
      if (param === null || param === undefined) return null;
      const serializer = options?.serializers?.[types[i]] ?? pg.serializers[types[i]];
      return serializer ? serializer(param) : String(param);
    });
    const out = await exchange([serialize.bind({ statement: name, values }), serialize.describe({ type: "P" }), serialize.execute({}), serialize.sync()], !inTransaction);
    return parse.parseResults(out, pg.parsers, options)[0] as Results<T>;
  }

  const query = async <T>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>> => {
    await pg._checkReady();
    await turn();
    return pg._runExclusiveTransaction(() => pg._runExclusiveQuery(() => run<T>(sql, params, options, false)));
  };

  const transaction = async <T>(callback: (tx: Transaction) => Promise<T>): Promise<T> => {
    await turn();
    return pg.transaction(async (tx) => {
      let closed = false;
      const ours = {
        query: async <R>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<R>> => {
          await turn();
          if (closed || tx.closed) throw new Error("Transaction is closed");
          return pg._runExclusiveQuery(() => run<R>(sql, params, options, true));
        },
        sql: tx.sql,
        exec: tx.exec,
        rollback: tx.rollback,
        listen: tx.listen,
        get closed() {
          return closed || tx.closed;
        },
      } as Transaction;
      try {
        return await callback(ours);
      } finally {
        closed = true;
      }
    });
  };

  return { query: query as PGlite["query"], exec: pg.exec.bind(pg), transaction: transaction as PGlite["transaction"], prepared: () => cache.size };
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
