import { defineConfig } from "vitest/config";
import path from "node:path";

/**
 * Two projects: `unit` (pure modules, no database) and `db` (*.db.test.ts against a real PGlite,
 * and against PostgreSQL when one is reachable). `npm run test:unit` / `npm run test:db`.
 * `.data/` is left out: the pages bench builds a bare Next app there, whose `.next` links packages
 * that carry their own test files.
 */
const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "lib/testing/server-only-stub.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["**/*.test.ts", "**/*.test.tsx"], exclude: ["**/*.db.test.ts", "node_modules/**", "e2e/**", ".next/**", ".data/**"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "db",
          include: ["**/*.db.test.ts"],
          exclude: ["node_modules/**", ".next/**", ".data/**"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
