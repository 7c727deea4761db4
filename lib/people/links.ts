import { getEnv } from "../env";

/** The public address links in mails point to. */
export function appUrl(path: string): string {
  const env = getEnv();
  const base = env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
  return new URL(path, base).toString();
}
