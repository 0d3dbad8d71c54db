// Mounted once in the app: watches the address for shared links, and shows the Share dialog and link previews.
import { useEffect } from "react";
import { watchSharedLinks } from "../../app/share/incoming-link";
import { LinkPreview } from "./LinkPreview";
import { ShareDialog } from "./ShareDialog";
import "./share.css";

export function ShareHost() {
  useEffect(() => watchSharedLinks(), []);
  return (
    <>
      <ShareDialog />
      <LinkPreview />
    </>
  );
}
