// Shown above the editor when the open file was replaced (an upload, the board's program...) while it had unsaved
// edits: both versions are kept until the user picks one.
import { keepMyEdits, useNewVersion } from "../../app/actions/replaced-files";
import { useApp } from "../../app/state";

export function ReplacedFileBanner() {
  const active = useApp((s) => s.active);
  const changedBy = useApp((s) => (s.active ? s.replaced[s.active] : undefined));
  if (!active || !changedBy) return null;
  return (
    <div className="banner banner-warning" role="alert" aria-label="File replaced while you were editing">
      <p>
        “{active}” was replaced by {changedBy} while you had unsaved edits. Your edits are still here and are not saved
        until you choose which version to keep.
      </p>
      <div className="banner-actions">
        <button type="button" className="button primary" onClick={() => void keepMyEdits(active)}>Keep my edits</button>
        <button type="button" className="button" onClick={() => void useNewVersion(active)}>Use the new version</button>
      </div>
    </div>
  );
}
