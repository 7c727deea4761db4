import { NextResponse } from "next/server";
import { z } from "zod";
import { parseFields, publicRoute, readJson } from "@/lib/http/handler";
import { tokenKeys } from "@/lib/http/client-ip";
import { joinColleagueSchema, joinSchema } from "@/lib/workshops/schemas";
import { joinAsColleague, joinWorkshop } from "@/lib/workshops/join";
import { guestPath } from "@/lib/guests/respondents";

/** Joins a workshop with its code, no account needed: a new company, or (with a colleague link) the colleague's company. */
export const POST = publicRoute<{ code: string }>(async (req, { params }) => {
  const raw = await readJson(req, z.record(z.string(), z.unknown()), 4096);
  const keys = tokenKeys(req.headers);
  const { token } = typeof raw.colleague === "string" ? await joinAsColleague(params.code, parseFields(joinColleagueSchema, raw), keys) : await joinWorkshop(params.code, parseFields(joinSchema, raw), keys);
  return NextResponse.json({ url: guestPath(token) }, { status: 201 });
});
