// Unit, interpreter and simulator tests (Node); browser end-to-end tests live in tests/e2e and run via Playwright.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "workers/**/*.test.ts", "tests/**/*.test.ts"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    environment: "node",
    testTimeout: 30000,
  },
});
