import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", ".cache/**", ".data/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "policies/dist/**"],
  },
];

export default config;
