"use client";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False during the server render and until React has hydrated the page, then true. Forms keep their
 * submit button disabled until then: a click before hydration would submit the form natively, as a
 * GET with every field (the password too) in the address.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}
