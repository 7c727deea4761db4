import { expect } from "vitest";
import { AppError } from "../errors";

/** Runs fn and returns the AppError it throws (fails the test when it does not throw one). */
export async function appError(fn: () => Promise<unknown>): Promise<AppError> {
  try {
    await fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error("expected an AppError, but the call succeeded");
}
