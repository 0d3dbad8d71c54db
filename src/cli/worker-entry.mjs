// Worker entry in plain JS: workers don't inherit tsx's loader, so register it, then load the TS worker.
import { register } from "tsx/esm/api";

register();
await import("./run-worker.ts");
