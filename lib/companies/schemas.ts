import { z } from "zod";
import { cleanText } from "../text/clean-text";

export const sizeBands = ["1-9", "10-49", "50-249", "250+"] as const;
/** NACE Rev. 2 sections */
export const naceSections = ["A","B","C","D","E","F","G","H","I","J","K","L","M","N","O","P","Q","R","S","T","U"] as const;
export const regions = ["BW","BY","BE","BB","HB","HH","HE","MV","NI","NW","RP","SL","SN","ST","SH","TH","other"] as const;

export const createCompanySchema = z.object({
  name: cleanText().trim().min(2, "companyNameTooShort").max(120, "companyNameTooLong"),
  industry: z.enum(naceSections, { message: "chooseIndustry" }),
  sizeBand: z.enum(sizeBands, { message: "chooseSize" }),
  region: z.enum(regions, { message: "chooseRegion" }),
});
export type CreateCompanyInput = z.infer<typeof createCompanySchema>;
