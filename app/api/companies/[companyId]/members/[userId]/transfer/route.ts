import { NextResponse } from "next/server";
import { companyRoute, readNoInput } from "@/lib/http/handler";
import { transferOwnership } from "@/lib/people/members";
import { AppError } from "@/lib/errors";
import { isValidId } from "@/lib/auth/access";

type P = { companyId: string; userId: string };

/** Hands ownership to another member; the acting owner becomes a member. */
export const POST = companyRoute<P>("members.manage", async (req, { params, ctx }) => {
  await readNoInput(req);
  if (!isValidId(params.userId)) throw new AppError("not_found", "memberNotFound");
  await transferOwnership(ctx, params.userId);
  return NextResponse.json({ ok: true });
});
