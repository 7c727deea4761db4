import { NextResponse } from "next/server";
import { companyRoute, readNoInput } from "@/lib/http/handler";
import { startOurTrustCheck } from "@/lib/cooperations/mutations";

type P = { companyId: string; cooperationId: string };

/** Our side's trust check in this cooperation (the member's own, linked to the cooperation). */
export const POST = companyRoute<P>("answer", async (req, { params, ctx }) => {
  await readNoInput(req);
  const a = await startOurTrustCheck(ctx, params.cooperationId);
  return NextResponse.json({ id: a.id, url: `/companies/${params.companyId}/assessments/${a.id}` }, { status: 201 });
});
