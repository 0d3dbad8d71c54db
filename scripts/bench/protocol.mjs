// The line protocol between the benchmark orchestrator and a runtime's runner process: one JSON request, one JSON reply.
import readline from "node:readline";

/** Serves requests `{file}` from stdin with `handle(file) → {result, ms, error?}`; replies on stdout, one JSON line each. */
export function serveRequests(handle) {
  const rl = readline.createInterface({ input: process.stdin });
  const send = (msg) => process.stdout.write(JSON.stringify(msg) + "\n");
  let queue = Promise.resolve();
  rl.on("line", (line) => {
    queue = queue.then(async () => {
      const request = JSON.parse(line);
      try {
        const reply = await handle(request);
        send({ ...reply, rssMb: process.memoryUsage().rss / 1048576 });
      } catch (e) {
        send({ error: String(e && e.stack ? e.stack : e) });
      }
    });
  });
  rl.on("close", () => queue.then(() => process.exit(0)));
  send({ ready: true });
}

/** The program's RESULT line (the deterministic output every runtime must agree on). */
export function resultLine(output) {
  return output.split("\n").find((l) => l.startsWith("RESULT")) ?? null;
}
