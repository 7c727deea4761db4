import { NextResponse } from "next/server";
import { dbHealth } from "@/lib/db/health";
import { contentRegistry } from "@/lib/content";
import { publicRoute } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

export const GET = publicRoute(async () => {
  const health = await dbHealth();
  const registry = contentRegistry();
  const content = registry.keys().map((key) => ({ key, versions: registry.versions(key) }));
  if (!health.ok) {
    return NextResponse.json({ status: "error", database: health.database, reason: health.reason, content }, { status: 503 });
  }
  return NextResponse.json(
    { status: "ok", database: health.database, migrations: health.migrations, content },
    { headers: { "cache-control": "no-store" } },
  );
});
