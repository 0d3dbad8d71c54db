// machine.freq(): which system clock frequencies PLL_SYS can make from the 12 MHz crystal (the pico-sdk's
// check_sys_clock_hz search), so freq() accepts and refuses what the board does.

const XOSC_HZ = 12_000_000;
const VCO_MIN_HZ = 750_000_000;
const VCO_MAX_HZ = 1_600_000_000;

/** True when some FBDIV (16..320) and POSTDIV1 >= POSTDIV2 (1..7) give exactly `hz`. */
export function pllCanMake(hz: number): boolean {
  for (let fbdiv = 320; fbdiv >= 16; fbdiv--) {
    const vco = fbdiv * XOSC_HZ;
    if (vco < VCO_MIN_HZ || vco > VCO_MAX_HZ) continue;
    for (let pd1 = 7; pd1 >= 1; pd1--) {
      for (let pd2 = pd1; pd2 >= 1; pd2--) {
        if (vco % (pd1 * pd2) === 0 && vco / (pd1 * pd2) === hz) return true;
      }
    }
  }
  return false;
}
