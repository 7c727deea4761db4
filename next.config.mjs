/** @type {import('next').NextConfig} */
// Security headers (CSP with a nonce, frame, referrer, permissions): proxy.ts + lib/http/security-headers.ts.
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@node-rs/argon2",
    "@react-pdf/renderer",
    "pino",
    "pg",
    "piscina",
  ],
};

export default nextConfig;
