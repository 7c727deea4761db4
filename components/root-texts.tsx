"use client";
import { createContext, useContext, type ReactNode } from "react";

type ErrorTexts = { title: string; text: string; retry: string };
const Ctx = createContext<ErrorTexts>({ title: "", text: "", retry: "" });

/** The few texts the root error page (a client component) needs, given by the root layout; no translator on the client. */
export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: ReactNode }) {
  return <Ctx.Provider value={texts}>{children}</Ctx.Provider>;
}

export const useErrorTexts = () => useContext(Ctx);
