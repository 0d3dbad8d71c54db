// `npm run share:lengths [-- BASE_URL]`: prints the share-link length of every example project and of a 10 KB source
// project, with the length above which the Share dialog warns (the figures come from src/app/share/share-lengths.ts,
// loaded through Vite so the examples bundle as they do in the app).
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { createServer } from "vite";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const baseUrl = process.argv[2] ?? "https://pyco.example/";

const server = await createServer({ root: ROOT, configFile: false, logLevel: "error", server: { middlewareMode: true, hmr: false }, appType: "custom" });
try {
  const module = (await server.ssrLoadModule("/src/app/share/share-lengths.ts")) as typeof import("../src/app/share/share-lengths");
  console.log(module.linkLengthReport(baseUrl));
} finally {
  await server.close();
}
