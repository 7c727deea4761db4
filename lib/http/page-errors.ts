import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "../errors";

/** In pages, a not-found AppError renders the German 404 page; everything else goes to error.tsx. */
export async function orNotFound<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  }
}

/**
 * A content version this instance does not know yet (rolling deploy: lib/content contentMissing)
 * -> null, so the page can say that an update is being rolled out instead of a generic error.
 */
export async function orContentMissing<T>(p: Promise<T>): Promise<T | null> {
  try {
    return await p;
  } catch (e) {
    if (isAppError(e) && e.messageKey === "contentMissing") return null;
    throw e;
  }
}
