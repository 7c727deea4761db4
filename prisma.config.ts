import { defineConfig } from "prisma/config";

// The native schema engine cannot be downloaded on our machines; `prisma generate` only needs the
// variable to point at an existing file. Migrations run through scripts/db (WASM schema engine).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
