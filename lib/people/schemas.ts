import { z } from "zod";
import { emailSchema } from "../users/schemas";
import { GRANT_SCOPES, ROLES } from "../auth/policy";

export const inviteSchema = z
  .object({
    /** empty: an invitation link to pass on yourself */
    email: z.union([z.literal(""), emailSchema]).optional().transform((v) => v || undefined),
    role: z.enum(ROLES, { message: "chooseRole" }),
  })
  .strict();
export type InviteInput = { email?: string; role: z.infer<typeof inviteSchema>["role"] };

export const tokenBodySchema = z.object({ token: z.string().max(200) }).strict();

export const roleChangeSchema = z.object({ role: z.enum(ROLES, { message: "chooseRole" }) }).strict();

export const grantSchema = z
  .object({
    email: emailSchema,
    /** "results" (results and plan) is always part of a grant */
    scopes: z.array(z.enum(GRANT_SCOPES)).max(3).default([]),
    /** last day of access, YYYY-MM-DD */
    until: z.string().date("chooseEndDate"),
  })
  .strict();
export type GrantInput = z.infer<typeof grantSchema>;

/** How long an invitation or grant link can be opened. */
export const LINK_DAYS = 14;
/** A grant ends at the latest after this many days (the company can renew it). */
export const MAX_GRANT_DAYS = 366;
