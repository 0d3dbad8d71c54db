// What the wired parts show, as text (for `pyco run --show-parts` and test failures): a display's pixels as
// '#'/'.' art, an LCD's lines, a terminal's text, and the other parts' readings as JSON.
import type { PartRegistry } from "./registry";
import { OledPart } from "./oled";
import { CharLcdPart } from "./char-lcd";
import { UartTerminalPart } from "./uart-terminal";

export function describeParts(registry: PartRegistry): string {
  const out: string[] = [];
  for (const part of registry.list()) {
    const config = part.config();
    const where = [
      ...Object.entries(config.pins ?? {}).map(([role, pin]) => `${role}=GP${pin}`),
      ...(config.address === undefined ? [] : [`address=0x${config.address.toString(16)}`]),
    ].join(" ");
    out.push(`--- ${part.id} (${part.kind}) ${where}`);
    if (part instanceof OledPart) out.push(part.controller.on ? part.text() : "(display off)");
    // Custom characters (codes 0..7) show as '#': the board view draws them from CGRAM.
    else if (part instanceof CharLcdPart) out.push(...part.lines().map((l) => `|${l.replace(/[\x00-\x07]/g, "#")}|`));
    else if (part instanceof UartTerminalPart) out.push(part.text());
    else out.push(JSON.stringify(part.state()));
  }
  return out.length === 0 ? "" : out.join("\n") + "\n";
}
