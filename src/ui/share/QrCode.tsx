// Draws a link as a QR code (SVG) for a phone's camera, or says why there is none.
import { useMemo } from "react";
import { qrModules, qrPath } from "./qr-code";

const QUIET_ZONE = 4;
/** Screen pixels per module: below about 3 a phone's camera struggles to read a dense code off a screen. */
const PX_PER_MODULE = 3;

export function QrCode({ text, label }: { text: string; label: string }) {
  const modules = useMemo(() => qrModules(text), [text]);
  if (!modules) return <p className="share-qr-missing">This link is too long for a QR code.</p>;
  const size = modules.length + 2 * QUIET_ZONE;
  const px = Math.max(180, size * PX_PER_MODULE);
  return (
    <svg className="share-qr" role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} width={px} height={px} shapeRendering="crispEdges">
      {/* Always dark on white, whatever the theme: cameras expect it. */}
      <rect width={size} height={size} fill="#fff" />
      <path d={qrPath(modules, QUIET_ZONE)} fill="#000" />
    </svg>
  );
}
