// Entry point: renders the app shell, boots storage, and registers the service worker for offline use.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { boot } from "./app/actions/boot";
import { registerServiceWorker, watchInstallPrompt } from "./app/pwa/register-sw";
import { App } from "./ui/App";
import "./ui/styles/index.css";

watchInstallPrompt();
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
void boot();
registerServiceWorker();
