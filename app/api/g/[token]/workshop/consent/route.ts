import { NextResponse } from "next/server";
import { guestRoute, readJson } from "@/lib/http/handler";
import { consentSchema } from "@/lib/workshops/schemas";
import { setConsent } from "@/lib/workshops/participant";

/** A participant gives or withdraws the company's consent that the workshop's advisor sees its result. */
export const POST = guestRoute<{ token: string }>("company.read", async (req, { ctx }) => {
  const { consent } = await readJson(req, consentSchema, 256);
  await setConsent(ctx, consent);
  return NextResponse.json({ consent });
});
