// Lets a Node worker thread run a TypeScript entry: registers tsx, then imports the file named in workerData.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
