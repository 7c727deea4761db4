/**
 * Who may do what with a company's data. Pure: no Prisma, no next/*; unit-tested as a table.
 *
 * A request acts as an actor (a signed-in user, or a guest with a token link) and reaches a
 * company through one "via": a membership with a role, an advisor grant with the parts the
 * company chose, or a guest link (a workshop participant, a cooperation partner). Every route handler, server action and page declares one permission.
 */
export const PERMISSIONS = [
  "company.read", // the company page: name, questionnaires, own drafts
  "answer", // start and answer one's own copy of a questionnaire
  "results.read", // the company's aggregated results and plan (dashboard)
  "answers.read", // each person's answers and single results
  "plan.edit", // change plan items (status, owner, dates, effort/benefit)
  "pdf.export", // the plan PDF and result PDFs
  "data.export", // all of the company's data as JSON / CSV
  "people.read", // see who belongs to the company
  "members.manage", // invite, remind, remove, change roles, transfer ownership
  "grants.manage", // grant and revoke advisor access
  "audit.read", // the company's access log
  "company.manage", // edit and delete the company
  "trust.compare", // a cooperation's two-sided trust comparison, once both sides submitted (the company's members and the invited partner)
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = ["owner", "member"] as const;
export type Role = (typeof ROLES)[number];

/** The parts of a company an advisor grant can open; "results" (results and plan) is always part of a grant. */
export const GRANT_SCOPES = ["results", "pdfs", "answers"] as const;
export type GrantScope = (typeof GRANT_SCOPES)[number];

/** Where a guest (no account) comes from: a workshop they joined, or a cooperation that invited them. */
export const GUEST_ORIGINS = ["workshop", "partner"] as const;
export type GuestOrigin = (typeof GUEST_ORIGINS)[number];

export type Via =
  | { kind: "membership"; role: Role }
  | { kind: "grant"; grantId: string; scopes: readonly GrantScope[]; expiresAt: Date }
  | { kind: "guest"; origin: GuestOrigin; respondentId: string };

const memberPermissions: readonly Permission[] = ["company.read", "answer", "results.read", "answers.read", "plan.edit", "pdf.export", "people.read", "trust.compare"];

const rolePermissions: Record<Role, readonly Permission[]> = {
  owner: PERMISSIONS,
  member: memberPermissions,
};

const scopePermissions: Record<GrantScope, readonly Permission[]> = {
  results: ["results.read"],
  pdfs: ["pdf.export"],
  answers: ["answers.read"],
};

/**
 * A workshop participant's company has no members until someone takes the result into an account:
 * the guest answers, reads its own result and downloads its PDF. A cooperation partner answers the
 * trust check and, once both sides submitted, sees its comparison (their answers belong to the
 * cooperation; they never see the inviting company's other results).
 */
const guestPermissions: Record<GuestOrigin, readonly Permission[]> = {
  workshop: ["company.read", "answer", "results.read", "answers.read", "pdf.export"],
  // issue 15: the partner also sees the comparison of the two-sided trust check (nothing else of the company)
  partner: ["answer", "trust.compare"],
};

/** The parts a grant opens, "results" first and each once (a workshop consent stores ["results"] itself). */
export function grantParts(scopes: readonly string[]): GrantScope[] {
  return ["results", ...toScopes(scopes).filter((s) => s !== "results")];
}

/** Every permission a via carries. An advisor never answers, edits, exports raw data or manages. */
export function permissionsOf(via: Via): ReadonlySet<Permission> {
  if (via.kind === "membership") return new Set(rolePermissions[via.role]);
  if (via.kind === "guest") return new Set(guestPermissions[via.origin]);
  return new Set(grantParts(via.scopes).flatMap((s) => scopePermissions[s]));
}

export function can(via: Via, permission: Permission): boolean {
  return permissionsOf(via).has(permission);
}

/** The text stored in the access log for how the actor reached the company. */
export function viaLabel(via: Via): string {
  if (via.kind === "membership") return `membership:${via.role}`;
  if (via.kind === "guest") return `guest:${via.origin}:${via.respondentId}`;
  return `grant:${via.grantId}`;
}

/**
 * Reads and changes by someone who is not one of the company's own are always written to its access
 * log: an advisor, a cooperation partner. A workshop participant's company is its own (it has no
 * members until the result is taken into an account).
 */
export function isOutsider(via: Via): boolean {
  if (via.kind === "guest") return via.origin === "partner";
  return via.kind !== "membership";
}

/**
 * The same from a stored label (viaLabel): an advisor's grant or a cooperation partner's link. A
 * member who joined through an invitation ("token:invitation") and a workshop participant of the
 * company ("guest:workshop:…") are the company's own.
 */
export function isOutsiderLabel(label: string | null): boolean {
  return !!label && (label.startsWith("grant:") || label.startsWith("guest:partner:"));
}

export function toGuestOrigin(kind: string): GuestOrigin | null {
  return kind === "guest" ? "workshop" : kind === "partner" ? "partner" : null;
}

export function toRole(value: string): Role {
  return value === "owner" ? "owner" : "member";
}

export function toScopes(values: readonly string[]): GrantScope[] {
  return GRANT_SCOPES.filter((s) => values.includes(s));
}

/**
 * Whether a grant is in force at `now`: accepted by its advisor, not revoked, not past its end.
 * Checked on every request (never cached in a session).
 */
export function grantActive(g: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): boolean {
  return g.acceptedAt !== null && g.revokedAt === null && g.expiresAt.getTime() > now.getTime();
}
