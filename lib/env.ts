import { statSync } from "node:fs";
import { z } from "zod";

/** A path to a readable text file of at most 200 kB (relative paths: from the working directory). */
const textFile = z
  .string()
  .trim()
  .refine((p) => {
    try {
      const st = statSync(p);
      return st.isFile() && st.size <= 200_000;
    } catch {
      return false;
    }
  }, "must name an existing text file of at most 200 kB");

/**
 * The only reader of process.env. Validated once, on first use; a bad value fails with a clear
 * message naming the variable. Every variable is documented in .env.example and the README.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// connection string")
    .optional(),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** true when a reverse proxy in front overwrites X-Forwarded-For (then per-IP rate limits use it) */
  TRUST_PROXY: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
  PDF_WORKERS: z.coerce.number().int().min(1).max(16).default(2),
  /** outgoing mail server, e.g. smtp://user:password@mail.example.org:587 (unset: mails go to the in-app outbox) */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL").optional(),
  /** sender of outgoing mail */
  MAIL_FROM: z.string().min(3).default("KMU-Kompass <no-reply@localhost>"),
  /** comma-separated e-mail addresses of the admins (read-only content pages); unset: nobody */
  ADMIN_EMAILS: z
    .string()
    .default("")
    .transform((s) => s.split(",").map((e) => e.trim().toLowerCase()).filter(Boolean))
    .pipe(z.array(z.string().email("must be a comma-separated list of e-mail addresses"))),
  /** who runs this instance (organisation name), shown in every page's footer; unset: not shown */
  KMU_HOST_NAME: z.string().trim().min(1).max(200, "must be at most 200 characters").optional(),
  /** Markdown or plain-text file with the operator's Impressum (legal notice), shown on /impressum */
  KMU_IMPRINT_FILE: textFile.optional(),
  /** Markdown or plain-text file with the operator's Datenschutzerklärung (privacy policy), shown on /datenschutz */
  KMU_PRIVACY_FILE: textFile.optional(),
  /** 1: this deployment ships a built `.next` (build once, run many); `npm start` refuses to build one itself */
  KMU_REQUIRE_BUILD: z.enum(["0", "1", "true", "false"], "must be 1 or 0").default("0").transform((v) => v === "1" || v === "true"),
});

/**
 * Rules across variables. With PostgreSQL several instances may share the database: each must sign
 * and read session cookies with the same secret, so a generated per-machine secret is refused
 * (the embedded PGlite is one process: scripts/auth-secret.ts generates one for it).
 */
export const sharedSecretMessage =
  "must be set when DATABASE_URL is set: every instance on the database must sign sessions with the same secret " +
  "(at least 32 characters, e.g. `openssl rand -base64 48`); give the same value to every instance";

const checkedSchema = envSchema.superRefine((env, ctx) => {
  if (env.DATABASE_URL && !env.NEXTAUTH_SECRET) ctx.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: sharedSecretMessage });
});

export type Env = z.infer<typeof envSchema> & { databaseKind: "pglite" | "postgresql" };

let cached: Env | undefined;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = checkedSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}\nSee .env.example.`);
  }
  return { ...result.data, databaseKind: result.data.DATABASE_URL ? "postgresql" : "pglite" };
}

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
