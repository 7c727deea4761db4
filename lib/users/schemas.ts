import { z } from "zod";
import { cleanText } from "../text/clean-text";

const common = new Set(["passwort123", "password123", "1234567890", "qwertzuiop", "passwort1234", "hallo12345", "123456789a"]);

export const emailSchema = cleanText().trim().toLowerCase().max(254).email("invalidEmail");

export const passwordSchema = z
  .string()
  .min(10, "passwordTooShort")
  .max(200, "passwordTooLong")
  .refine((p) => /[a-zA-ZäöüÄÖÜß]/.test(p) && /[^a-zA-ZäöüÄÖÜß]/.test(p), "passwordTooSimple")
  .refine((p) => !common.has(p.toLowerCase()), "passwordTooCommon");

export const registerSchema = z.object({
  name: cleanText().trim().max(100, "nameTooLong").optional(),
  email: emailSchema,
  password: passwordSchema,
});
export type RegisterInput = z.infer<typeof registerSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(200),
});
