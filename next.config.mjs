/** @type {import('next').NextConfig} */
const nextConfig = {
  // Packages with native/wasm assets or Node-only internals are loaded from node_modules at
  // run time instead of being bundled, so PGlite finds its wasm files and pino its transports.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@open-policy-agent/opa-wasm",
    "pg",
    "pino",
    "oidc-provider",
  ],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
