// Registers the service worker (offline + cross-origin isolation headers), offers updates and the install prompt.
import { Workbox } from "workbox-window";
import { flushAll } from "../editor/saver";
import { setState } from "../state";

interface InstallPromptEvent extends Event {
  prompt: () => Promise<void>;
  userChoice: Promise<{ outcome: "accepted" | "dismissed" }>;
}

let installPrompt: InstallPromptEvent | undefined;
const RELOADED_FOR_ISOLATION = "pyco-reloaded-for-isolation";

export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator) || import.meta.env.DEV) return;
  const workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL, type: "classic" });
  // registerType "prompt": a new version waits until the user chooses to reload.
  workbox.addEventListener("waiting", () => setState({ updateReady: true }));
  // Updates reload in applyUpdate; the first install may need one reload to become cross-origin isolated.
  workbox.addEventListener("controlling", (event) => {
    if (!event.isUpdate) reloadOnceForIsolation();
  });
  void workbox.register().catch(() => undefined);
  if (!crossOriginIsolated && navigator.serviceWorker.controller === null) sessionStorage.removeItem(RELOADED_FOR_ISOLATION);
}

/**
 * On a static host without COOP/COEP headers, the first visit is not cross-origin isolated. Once our service
 * worker controls the page it adds the headers, so one reload makes the page isolated (needed by the simulator).
 */
function reloadOnceForIsolation(): void {
  if (crossOriginIsolated || sessionStorage.getItem(RELOADED_FOR_ISOLATION)) return;
  sessionStorage.setItem(RELOADED_FOR_ISOLATION, "1");
  void flushAll().then(() => location.reload());
}

/** "Update available — reload": store edits, then let the waiting worker take over and reload into it. */
export async function applyUpdate(): Promise<void> {
  await flushAll();
  const waiting = (await navigator.serviceWorker?.getRegistration())?.waiting;
  if (!waiting) return location.reload();
  // Whichever way the new worker was found (our registration or the browser's own update check), reload once it
  // controls the page.
  navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
  waiting.postMessage({ type: "SKIP_WAITING" });
}

export function watchInstallPrompt(): void {
  addEventListener("beforeinstallprompt", (event) => {
    event.preventDefault();
    installPrompt = event as InstallPromptEvent;
    setState({ installable: true });
  });
  addEventListener("appinstalled", () => {
    installPrompt = undefined;
    setState({ installable: false });
  });
}

export async function promptInstall(): Promise<void> {
  const prompt = installPrompt;
  if (!prompt) return;
  await prompt.prompt();
  await prompt.userChoice.catch(() => undefined);
  installPrompt = undefined;
  setState({ installable: false });
}
