// `npm start`: builds the app if dist/ is missing or stale, then serves it with `vite preview` (COOP/COEP headers)
// on PORT or 4173, or on a free port if that one is taken.
import { buildApp, freePort, startPreview } from "./app-build.mjs";

const status = buildApp();
if (status !== 0) {
  console.error("\nBuild failed; not starting the server.");
  process.exit(status);
}
const wanted = Number(process.env.PORT) || 4173;
const port = await freePort(wanted);
if (port !== wanted) console.log(`Port ${wanted} is busy; using ${port} instead.`);
const { child, url } = await startPreview(port, { stdio: "inherit" });
const local = url.replace("127.0.0.1", "localhost");
console.log(`\n  Pyco is running at ${local}\n  Open it in Chrome or Edge. Press Ctrl+C to stop.\n`);
const stop = () => child.kill("SIGTERM");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
child.on("exit", (code) => process.exit(code ?? 0));
