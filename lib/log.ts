import pino from "pino";
import { getEnv } from "./env";

let logger: pino.Logger | undefined;

/** Structured JSON log on stdout. */
export function log(): pino.Logger {
  logger ??= pino({ level: getEnv().LOG_LEVEL, base: { app: "kmu-kompass" } });
  return logger;
}
