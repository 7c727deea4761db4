import { NextResponse } from "next/server";
import { dbHealth } from "@/lib/db/health";
import { contentRegistry } from "@/lib/content";
import { publicRoute } from "@/lib/http/handler";
import { storageHealth } from "@/lib/db/storage-health";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";

export const GET = publicRoute(async () => {
  const health = await dbHealth();
  const registry = contentRegistry();
  const content = registry.keys().map((key) => ({ key, versions: registry.versions(key) }));
  if (!health.ok) {
    return NextResponse.json({ status: "error", database: health.database, reason: health.reason, content }, { status: 503 });
  }
  // the embedded database writes into its directory: a read-only or full disk fails every write
  const storage = getEnv().databaseKind === "pglite" ? storageHealth(getEnv().PGLITE_DIR) : null;
  if (storage && !storage.ok) {
    return NextResponse.json(
      { status: "error", database: health.database, reason: storage.reason, content },
      { status: 503, headers: { "cache-control": "no-store" } },
    );
  }
  return NextResponse.json(
    { status: "ok", database: health.database, migrations: health.migrations, content },
    { headers: { "cache-control": "no-store" } },
  );
});
