import { z } from "zod";
import { cleanText } from "../text/clean-text";
import { emailSchema } from "../users/schemas";
import { naceSections, regions, sizeBands } from "../companies/options";
import { MIN_K } from "./anonymity";

export const MAX_K = 40;

const kField = z.coerce.number({ message: "kOutOfRange" }).int("kOutOfRange").min(MIN_K, "kOutOfRange").max(MAX_K, "kOutOfRange");

export const createWorkshopSchema = z
  .object({
    title: cleanText().trim().min(3, "workshopTitleTooShort").max(120, "workshopTitleTooLong"),
    /** the day of the workshop, YYYY-MM-DD */
    date: z.string().date("chooseWorkshopDate"),
    place: cleanText().trim().min(2, "workshopPlaceTooShort").max(120, "workshopPlaceTooLong"),
    questionnaires: z.array(z.string().max(60)).min(1, "chooseQuestionnaires").max(6, "chooseQuestionnaires"),
    k: kField,
  })
  .strict();
export type CreateWorkshopInput = z.infer<typeof createWorkshopSchema>;

/** A change of the workshop: open or close it, or its threshold k (only until the first group state). */
export const workshopChangeSchema = z
  .object({ status: z.enum(["open", "closed"]).optional(), k: kField.optional() })
  .strict()
  .refine((c) => (c.status === undefined) !== (c.k === undefined), { message: "invalidInput" });

const optionalEmail = z.union([z.literal(""), emailSchema]).optional().transform((v) => v || undefined);

/** Joining as the first person of a company: the company's base data, optional e-mail, the consent choice. */
export const joinSchema = z
  .object({
    companyName: cleanText().trim().min(2, "companyNameTooShort").max(120, "companyNameTooLong"),
    industry: z.enum(naceSections, { message: "chooseIndustry" }),
    sizeBand: z.enum(sizeBands, { message: "chooseSize" }),
    region: z.enum(regions, { message: "chooseRegion" }),
    name: cleanText().trim().max(100, "nameTooLong").optional().transform((v) => v || undefined),
    email: optionalEmail,
    consent: z.boolean().default(false),
  })
  .strict();
export type JoinInput = Omit<z.infer<typeof joinSchema>, "name" | "email"> & { name?: string; email?: string };

/** Joining a company a colleague already registered (through the colleague link). */
export const joinColleagueSchema = z
  .object({
    colleague: z.string().max(200),
    name: cleanText().trim().max(100, "nameTooLong").optional().transform((v) => v || undefined),
    email: optionalEmail,
  })
  .strict();
export type JoinColleagueInput = { colleague: string; name?: string; email?: string };

export const consentSchema = z.object({ consent: z.boolean() }).strict();

export const claimSchema = z.object({ code: z.string().max(40) }).strict();
