import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native or wasm-loading packages stay plain Node requires instead of being bundled.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "pg",
    "esbuild",
    "mdx-bundler",
  ],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
