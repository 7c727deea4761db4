import { z } from "zod";
import { checkPasswordStrength } from "./password-policy";
import { cleanText } from "../text/clean-text";

export const emailSchema = cleanText().trim().toLowerCase().max(254).email("invalidEmail");

/** The cheap rules: length and a mix of letters and other characters. */
export const passwordRulesSchema = z
  .string()
  .min(10, "passwordTooShort")
  .max(200, "passwordTooLong")
  .refine((p) => /[a-zA-ZäöüÄÖÜß]/.test(p) && /[^a-zA-ZäöüÄÖÜß]/.test(p), "passwordTooSimple");

/** A new password without user context: the rules, then the guessability check (lib/users/password-policy.ts). */
export const passwordSchema = passwordRulesSchema.superRefine((p, ctx) => {
  const verdict = checkPasswordStrength(p);
  if (!verdict.ok) ctx.addIssue({ code: "custom", message: verdict.reason });
});

/**
 * Registration. The guessability check runs once, after the cheap rules passed, with the user's
 * e-mail and name as inputs that must not make up the password.
 */
export const registerSchema = z
  .object({
    name: cleanText().trim().max(100, "nameTooLong").optional(),
    email: emailSchema,
    password: passwordRulesSchema,
  })
  .superRefine((input, ctx) => {
    if (!passwordRulesSchema.safeParse(input.password).success) return; // already answered, and cheaper
    const verdict = checkPasswordStrength(input.password, { email: input.email, name: input.name });
    if (!verdict.ok) ctx.addIssue({ code: "custom", path: ["password"], message: verdict.reason });
  });
export type RegisterInput = z.infer<typeof registerSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(200),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "passwordRequired").max(200),
    password: passwordSchema,
  })
  .strict();
