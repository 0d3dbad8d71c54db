// App-wide banners: a new version is ready, the database was upgraded by another tab, a save failed.
import { applyUpdate } from "../../app/pwa/register-sw";
import { useApp } from "../../app/state";

export function UpdateBanner() {
  const ready = useApp((s) => s.updateReady);
  if (!ready) return null;
  return (
    <div className="banner banner-info" role="status">
      <p>Update available — reload to use the new version of Pyco. Your work is saved first.</p>
      <button type="button" className="button primary" onClick={() => void applyUpdate()}>Reload</button>
    </div>
  );
}

export function ReloadRequiredBanner() {
  const required = useApp((s) => s.reloadRequired);
  if (!required) return null;
  return (
    <div className="banner banner-warning" role="alert">
      <p>Pyco was updated in another tab. Reload this tab to keep saving; your text is still in the editor.</p>
      <button type="button" className="button primary" onClick={() => location.reload()}>Reload</button>
    </div>
  );
}

/** Storage full or unavailable: say so plainly. The text stays in the editor and saving is retried on the next edit. */
export function SaveErrorBanner() {
  const message = useApp((s) => s.saveError);
  if (!message) return null;
  return (
    <div className="banner banner-error" role="alert">
      <p><strong>Not saved.</strong> {message}</p>
    </div>
  );
}
