// Worker entry for `pyco serve` in plain JS: registers tsx, then runs the board worker (TypeScript).
import { register } from "tsx/esm/api";

register();
await import("./serve-board.ts");
