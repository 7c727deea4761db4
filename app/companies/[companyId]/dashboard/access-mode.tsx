"use client";
import { createContext, useContext, type ReactNode } from "react";

/** What the viewer of the dashboard may do: an advisor reads, a member answers and edits the plan. */
export type AccessMode = { canAnswer: boolean; canEditPlan: boolean; canExport: boolean };
const Ctx = createContext<AccessMode>({ canAnswer: false, canEditPlan: false, canExport: false });

export function AccessModeProvider({ mode, children }: { mode: AccessMode; children: ReactNode }) {
  return <Ctx.Provider value={mode}>{children}</Ctx.Provider>;
}

export function useAccessMode(): AccessMode {
  return useContext(Ctx);
}

/** Shows its children only to viewers who may do `what` (e.g. the download links for advisors without the PDF part). */
export function OnlyWith({ what, children }: { what: keyof AccessMode; children: ReactNode }) {
  return useAccessMode()[what] ? <>{children}</> : null;
}
