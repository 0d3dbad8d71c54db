// The header's Share button: opens the Share dialog for the open project.
import { openShareDialog } from "../../app/share/share-actions";

export function ShareButton() {
  return (
    <button type="button" className="button" title="Share this project as a link" onClick={() => void openShareDialog()}>
      Share
    </button>
  );
}
