// `npm run test:e2e`: makes sure dist/ is a build of the current sources, then runs the browser tests with Vitest.
// Extra arguments go to Vitest (e.g. a file filter, or --reporter=json --outputFile=...).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT, buildApp } from "../../scripts/app-build.mjs";

const chromium = process.env.PYCO_CHROMIUM ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(`e2e: Chromium not found at ${chromium}. Install it (apt-get install chromium) or run npm test, which installs it as root.`);
  process.exit(1);
}
const built = buildApp({ quiet: true });
if (built !== 0) process.exit(built);
const vitest = join(ROOT, "node_modules", "vitest", "vitest.mjs");
const args = [vitest, "run", "--config", "tests/e2e/vitest.e2e.config.ts", ...process.argv.slice(2)];
const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: "inherit" });
process.exit(result.status ?? 1);
