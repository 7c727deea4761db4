import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "lib/db/generated/**", "test-results/**", "playwright-report/**", ".data/**", "coverage/**", "bench/results/**", "next-env.d.ts"],
  },
  {
    // pure domain modules: no Prisma, no Next.js (DESIGN.md)
    files: ["lib/content/**", "lib/scoring/**", "lib/planning/**", "lib/report/**"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["next", "next/*", "@prisma/*", "**/db/*", "**/generated/*"], message: "Pure modules import neither Prisma nor next/*." }] },
      ],
    },
  },
];

export default config;
