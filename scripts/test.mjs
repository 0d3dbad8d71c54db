// `npm test`: 1) Vitest over the whole repo, 2) vite build, 3) the browser end-to-end suite against that build.
// Ends with one plain line, `tests: N passed, M failed`, and exits non-zero if anything failed.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ROOT, buildApp } from "./app-build.mjs";

const CHROMIUM = process.env.PYCO_CHROMIUM ?? "/usr/bin/chromium";
const RESULTS = join(ROOT, "test-results");
const totals = { passed: 0, failed: 0 };
const problems = [];

function run(label, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  return spawnSync(process.execPath, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;
}

/** Adds a Vitest JSON report to the totals; a missing report (Vitest crashed) counts as one failure. */
function count(label, reportPath, status) {
  if (!existsSync(reportPath)) {
    totals.failed += 1;
    problems.push(`${label}: no report (exit code ${status})`);
    return;
  }
  const report = JSON.parse(readFileSync(reportPath, "utf8"));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  // Files that fail to load have no tests to count, but are failures all the same.
  const broken = (report.testResults ?? []).filter((f) => f.status === "failed" && (f.assertionResults ?? []).length === 0).length;
  totals.failed += broken;
  if (status !== 0 || report.numFailedTests > 0 || broken > 0) problems.push(`${label}: ${report.numFailedTests + broken} failed (exit code ${status})`);
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  if (process.getuid?.() !== 0) {
    console.error(`Chromium is missing at ${CHROMIUM} and this is not root, so it can't be installed. Install it (sudo apt-get install -y chromium) and run npm test again.`);
    return false;
  }
  console.log("Chromium is missing; installing it with apt-get.");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update"], { stdio: "inherit", env }).status;
  const install = update === 0 ? spawnSync("apt-get", ["install", "-y", "chromium"], { stdio: "inherit", env }).status : update;
  return install === 0 && existsSync(CHROMIUM);
}

mkdirSync(RESULTS, { recursive: true });
// Reports go to a folder of this run's own (two runs in one checkout must not delete each other's), and are copied
// to test-results/ at the end for people to read.
const REPORTS = mkdtempSync(join(RESULTS, "run-"));
const vitest = join(ROOT, "node_modules", "vitest", "vitest.mjs");
const json = (name) => ["--reporter=default", "--reporter=json", `--outputFile.json=${join(REPORTS, name)}`];

count("unit tests", join(REPORTS, "unit.json"), run("1/3 unit tests (vitest run)", [vitest, "run", ...json("unit.json")]));

console.log("\n=== 2/3 build (vite build) ===");
const built = buildApp({ force: true }) === 0;
if (!built) {
  totals.failed += 1;
  problems.push("build failed");
}

if (!built) {
  problems.push("e2e skipped: no build");
} else if (!ensureChromium()) {
  totals.failed += 1;
  problems.push("e2e: Chromium unavailable");
} else {
  const e2e = run("3/3 end-to-end tests (Chromium)", [join(ROOT, "tests", "e2e", "run.mjs"), ...json("e2e.json")]);
  count("e2e tests", join(REPORTS, "e2e.json"), e2e);
}

for (const name of ["unit.json", "e2e.json"]) {
  if (existsSync(join(REPORTS, name))) copyFileSync(join(REPORTS, name), join(RESULTS, name));
}
rmSync(REPORTS, { recursive: true, force: true });

console.log("");
for (const problem of problems) console.log(`  ${problem}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 || problems.length > 0 ? 1 : 0);
