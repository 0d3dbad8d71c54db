#!/usr/bin/env node
// `pyco` executable: registers tsx's loader so the TypeScript CLI runs without a build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/pyco.ts");
process.exitCode = await main(process.argv.slice(2));
// A worker stuck in a blocking read (input() on a pipe) can't be terminated: leave without it.
if (process.exitCode === 124 || process.exitCode === 130) process.exit(process.exitCode);
