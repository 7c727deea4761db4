/** The company context planning rules refer to: the answers of the company-profile questionnaire. */
export type CompanyContextProfile = {
  sizeBand: string | null;
  itCapacity: string | null;
  productionType: string | null;
  systems: string[];
  network: string[];
  /** false when no company profile was submitted and only Company.sizeBand is known */
  fromProfile: boolean;
};

const str = (v: unknown) => (typeof v === "string" && v ? v : null);
const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string" && x !== "none") : []);

/** Reads Company.profile (unknown JSON) and falls back to Company.sizeBand for the size. */
export function companyContext(profile: unknown, fallbackSizeBand: string | null): CompanyContextProfile {
  const p = profile && typeof profile === "object" && !Array.isArray(profile) ? (profile as Record<string, unknown>) : null;
  return {
    sizeBand: str(p?.sizeBand) ?? fallbackSizeBand,
    itCapacity: str(p?.itCapacity),
    productionType: str(p?.productionType),
    systems: list(p?.systems),
    network: list(p?.network),
    fromProfile: p !== null,
  };
}

export function contextValues(ctx: CompanyContextProfile, field: "sizeBand" | "itCapacity" | "productionType" | "systems" | "network"): string[] {
  const v = ctx[field];
  return Array.isArray(v) ? v : v ? [v] : [];
}
