import { z } from "zod";
import { cleanText } from "../text/clean-text";

import { naceSections, regions, sizeBands } from "./options";

export { naceSections, regions, sizeBands };

export const createCompanySchema = z.object({
  name: cleanText().trim().min(2, "companyNameTooShort").max(120, "companyNameTooLong"),
  industry: z.enum(naceSections, { message: "chooseIndustry" }),
  sizeBand: z.enum(sizeBands, { message: "chooseSize" }),
  region: z.enum(regions, { message: "chooseRegion" }),
});
export type CreateCompanyInput = z.infer<typeof createCompanySchema>;
