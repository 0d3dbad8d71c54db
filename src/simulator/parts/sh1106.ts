// SH1106 OLED controller: the SSD1306's command set minus the addressing modes (page addressing only) over a
// 132-column RAM whose columns 2..129 face a 128-pixel panel. Datasheet: Sino Wealth SH1106 V2.3.
import { Ssd1306Controller, warnOnce } from "./ssd1306";

export const SH1106_COLUMNS = 132;
/** The panel's first pixel sits at RAM column 2 on the usual 1.3" modules. */
export const SH1106_X_OFFSET = 2;

export class Sh1106Controller extends Ssd1306Controller {
  constructor(onChange: () => void = () => undefined) {
    super(SH1106_COLUMNS, onChange, "SH1106");
    // Modules are mounted so that the reset orientation (ADC normal, COM normal) shows upright.
    this.segRemap = true;
    this.comReverse = true;
  }

  protected override argCount(cmd: number): number {
    if ([0x81, 0xa8, 0xd3, 0xd5, 0xd9, 0xda, 0xdb, 0xad].includes(cmd)) return 1;
    return 0;
  }

  protected override execute(cmd: number, args: number[]): void {
    // Orientation commands are relative to the module's mounting (see the constructor).
    if (cmd === 0xa0 || cmd === 0xa1) this.segRemap = cmd === 0xa0;
    else if (cmd === 0xc0 || cmd === 0xc8) this.comReverse = cmd === 0xc0;
    else if (cmd === 0xad || (cmd >= 0x20 && cmd <= 0x3f)) return; // DC-DC, pump voltage; no addressing modes
    else if (cmd >= 0xb8 && cmd <= 0xbf) warnOnce(this.chip, "page addresses above 7 (a taller panel's driver)");
    else super.execute(cmd, args);
  }
}
