/**
 * The minimal baseline for the autosave bench: a bare node:http server that does the same
 * single-row update as the app (optimistic revision check, JSON answers) with `pg` or PGlite,
 * and nothing else (no session, no validation, no framework). PORT, DATABASE_URL or PGLITE_DIR.
 */
import http from "node:http";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";

const SQL = `UPDATE "Assessment" SET answers = $1, "currentPage" = $2, revision = revision + 1, "updatedAt" = now() WHERE id = $3 AND revision = $4 AND status = 'draft' RETURNING revision`;

async function main() {
  let query: (params: unknown[]) => Promise<{ rows: { revision: number }[] }>;
  if (process.env.DATABASE_URL) {
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
    query = (p) => pool.query(SQL, p);
  } else {
    const db = new PGlite(process.env.PGLITE_DIR!);
    query = (p) => db.query<{ revision: number }>(SQL, p);
  }
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (d) => (body += d));
    req.on("end", async () => {
      try {
        const id = req.url!.split("/").pop()!;
        const input = JSON.parse(body) as { revision: number; answers: unknown; currentPage: number };
        const r = await query([JSON.stringify(input.answers), input.currentPage, id, input.revision]);
        if (!r.rows.length) {
          res.writeHead(409).end();
          return;
        }
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ revision: r.rows[0].revision }));
      } catch (e) {
        res.writeHead(500).end(String(e));
      }
    });
  });
  server.listen(Number(process.env.PORT), () => console.log("baseline ready"));
}
void main();
