/**
 * Vitest globalSetup of the integration-postgres project: one temporary PostgreSQL server
 * (lib/db/testing/pg-cluster.ts) for the whole run, stopped and removed at the end.
 *
 * Test files get the URL of its `zac_test` database through `inject("databaseUrl")`, and,
 * for code that reads the environment (and child processes), ZAC_TEST_DATABASE_URL.
 */
import type { TestProject } from "vitest/node";
import { startTemporaryCluster } from "./pg-cluster";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await startTemporaryCluster();
  project.provide("databaseUrl", cluster.url);
  process.env.ZAC_TEST_DATABASE_URL = cluster.url;
  return async () => {
    delete process.env.ZAC_TEST_DATABASE_URL;
    await cluster.stop();
  };
}
