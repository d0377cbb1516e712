/**
 * Adds up the results of every test runner of `npm test` into one closing line:
 * `N passed, N failed`. A runner whose result file is missing counts as one failure, so a
 * suite that crashed before reporting can never look green.
 */
import { existsSync, readFileSync } from "node:fs";

interface Uitslag {
  naam: string;
  passed: number;
  failed: number;
  skipped: number;
  opmerking?: string;
}

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
}

function vitest(file: string): Uitslag {
  const r = readJson(file) as
    | { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; numFailedTestSuites: number }
    | undefined;
  if (!r) return { naam: "vitest", passed: 0, failed: 1, skipped: 0, opmerking: "geen resultaat (gecrasht?)" };
  return {
    naam: "vitest",
    passed: r.numPassedTests,
    // A test file that fails to load has no failed tests but is a failure all the same.
    failed: r.numFailedTests + (r.numFailedTests === 0 ? r.numFailedTestSuites : 0),
    skipped: r.numPendingTests + r.numTodoTests,
  };
}

function playwright(file: string): Uitslag {
  const r = readJson(file) as { stats?: { expected: number; unexpected: number; flaky: number; skipped: number }; errors?: unknown[] } | undefined;
  if (!r?.stats) return { naam: "playwright", passed: 0, failed: 1, skipped: 0, opmerking: "geen resultaat (gecrasht?)" };
  const globalErrors = r.errors?.length ?? 0;
  return {
    naam: "playwright",
    passed: r.stats.expected,
    failed: r.stats.unexpected + r.stats.flaky + (r.stats.unexpected === 0 ? globalErrors : 0),
    skipped: r.stats.skipped,
  };
}

function simple(naam: string, file: string): Uitslag {
  const r = readJson(file) as { passed: number; failed: number } | undefined;
  if (!r) return { naam, passed: 0, failed: 1, skipped: 0, opmerking: "geen resultaat (gecrasht?)" };
  return { naam, passed: r.passed, failed: r.failed, skipped: 0 };
}

const dir = process.argv[2] ?? "test-results";
const uitslagen: Uitslag[] = [
  simple("checks", `${dir}/checks.json`),
  simple("opa", `${dir}/opa.json`),
  vitest(`${dir}/vitest.json`),
  playwright(`${dir}/playwright.json`),
];

for (const u of uitslagen) {
  const extra = [u.skipped ? `${u.skipped} skipped` : "", u.opmerking ?? ""].filter(Boolean).join("; ");
  process.stdout.write(`  ${u.naam.padEnd(11)} ${u.passed} passed, ${u.failed} failed${extra ? ` (${extra})` : ""}\n`);
}
const passed = uitslagen.reduce((n, u) => n + u.passed, 0);
const failed = uitslagen.reduce((n, u) => n + u.failed, 0);
const skipped = uitslagen.reduce((n, u) => n + u.skipped, 0);
process.stdout.write(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}\n`);
process.exitCode = failed > 0 ? 1 : 0;
