import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };

/**
 * Three projects:
 * - unit: fast tests without a database server (`*.test.ts`).
 * - integration-pglite / integration-postgres: the same `*.int.test.ts` files, once on the
 *   embedded PGlite driver and once on a real PostgreSQL server that the global setup starts
 *   as a temporary cluster on a free loopback port.
 */
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "bench/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration-pglite",
          include: ["lib/**/*.int.test.ts", "app/**/*.int.test.ts"],
          // The temporary-cluster harness only concerns the PostgreSQL project.
          exclude: ["lib/db/testing/pg-cluster.int.test.ts", "node_modules/**"],
          environment: "node",
          env: { ZAC_TEST_DB: "pglite" },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration-postgres",
          include: ["lib/**/*.int.test.ts", "app/**/*.int.test.ts"],
          environment: "node",
          env: { ZAC_TEST_DB: "postgres" },
          globalSetup: ["lib/db/testing/postgres-global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
