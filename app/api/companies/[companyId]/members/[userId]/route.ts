import { NextResponse } from "next/server";
import { companyRoute, parseFields, readJson } from "@/lib/http/handler";
import { changeRole, removeMember } from "@/lib/people/members";
import { roleChangeSchema } from "@/lib/people/schemas";
import { AppError } from "@/lib/errors";
import { isValidId } from "@/lib/auth/access";
import { z } from "zod";

type P = { companyId: string; userId: string };

function memberId(id: string): string {
  if (!isValidId(id)) throw new AppError("not_found", "memberNotFound");
  return id;
}

/** Changes a member's role (owner / member); the last owner stays. */
export const PATCH = companyRoute<P>("members.manage", async (req, { params, ctx }) => {
  const { role } = parseFields(roleChangeSchema, await readJson(req, z.record(z.string(), z.unknown()), 512));
  await changeRole(ctx, memberId(params.userId), role);
  return NextResponse.json({ ok: true });
});

/** Removes a member; effective on their next request. */
export const DELETE = companyRoute<P>("members.manage", async (_req, { params, ctx }) => {
  await removeMember(ctx, memberId(params.userId));
  return NextResponse.json({ ok: true });
});
