import { z } from "zod";

/**
 * The planning-relevant facts of Company.profile (the answers of the company-profile questionnaire).
 * Stored JSON is a boundary: unknown codes are dropped, so an old or odd profile never breaks a page.
 */
export const productionTypes = ["single", "small-series", "series", "none"] as const;
export const itCapacities = ["none", "part-time", "own-staff"] as const;
export const systemCodes = ["erp", "mes", "cad-cam", "machine-data", "none"] as const;
export const networkCodes = ["group", "cluster", "hub", "none"] as const;

const codes = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.unknown())
    .catch([])
    .transform((list) => list.filter((v): v is T[number] => (values as readonly unknown[]).includes(v)));

const profileFactsSchema = z.object({
  productionType: z.enum(productionTypes).optional().catch(undefined),
  itCapacity: z.enum(itCapacities).optional().catch(undefined),
  systems: codes(systemCodes).default([]),
  erpName: z.string().trim().max(120).optional().catch(undefined),
  network: codes(networkCodes).default([]),
});
export type ProfileFacts = z.infer<typeof profileFactsSchema>;

/** The profile facts, or null when the company has not submitted a profile yet. Pure. */
export function profileFacts(profile: unknown): ProfileFacts | null {
  if (!profile || typeof profile !== "object" || Array.isArray(profile)) return null;
  const facts = profileFactsSchema.parse(profile);
  if (!facts.systems.includes("erp")) delete facts.erpName;
  if (facts.erpName === "") delete facts.erpName;
  return facts;
}
