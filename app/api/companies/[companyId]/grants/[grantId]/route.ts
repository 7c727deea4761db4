import { NextResponse } from "next/server";
import { companyRoute } from "@/lib/http/handler";
import { revokeGrant } from "@/lib/grants/mutations";
import { AppError } from "@/lib/errors";
import { isValidId } from "@/lib/auth/access";

type P = { companyId: string; grantId: string };

/** Ends an advisor's access at once. */
export const DELETE = companyRoute<P>("grants.manage", async (_req, { params, ctx }) => {
  if (!isValidId(params.grantId)) throw new AppError("not_found", "grantNotFound");
  await revokeGrant(ctx, params.grantId);
  return NextResponse.json({ ok: true });
});
