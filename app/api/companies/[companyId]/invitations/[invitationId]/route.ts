import { NextResponse } from "next/server";
import { companyRoute } from "@/lib/http/handler";
import { revokeInvitation } from "@/lib/people/invitations";
import { AppError } from "@/lib/errors";
import { isValidId } from "@/lib/auth/access";

type P = { companyId: string; invitationId: string };

/** Withdraws an open invitation: its link stops working. */
export const DELETE = companyRoute<P>("members.manage", async (_req, { params, ctx }) => {
  if (!isValidId(params.invitationId)) throw new AppError("not_found", "invitationNotFound");
  await revokeInvitation(ctx, params.invitationId);
  return NextResponse.json({ ok: true });
});
