"use server";
import { redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth/session";
import { createCompanySchema } from "@/lib/companies/schemas";
import { createCompany } from "@/lib/companies/mutations";

export type CreateCompanyState = { errors?: Record<string, string>; values?: Record<string, string> };

export async function createCompanyAction(_prev: CreateCompanyState, formData: FormData): Promise<CreateCompanyState> {
  // a server action is a public endpoint: the arguments are whatever the client sends
  if (!(formData instanceof FormData)) return {};
  const user = await requirePageUser("/companies");
  const values = Object.fromEntries(["name", "industry", "sizeBand", "region"].map((k) => [k, String(formData.get(k) ?? "")]));
  const parsed = createCompanySchema.safeParse(values);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const i of parsed.error.issues) errors[String(i.path[0])] ??= i.message;
    return { errors, values };
  }
  const company = await createCompany(user, parsed.data);
  redirect(`/companies/${company.id}`);
}
