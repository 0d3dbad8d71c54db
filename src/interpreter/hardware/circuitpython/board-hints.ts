// What `board.X` means when X is another board's name: a hint carried by the AttributeError the firmware raises
// ("'module' object has no attribute 'D5'"), printed under the traceback, so a program written for a Feather or a
// QT Py says what to use instead — and which boards have the name, so the project can target one of them — while
// str(e) stays the firmware's exact text.
import { boardPinGpio, boardsWithName, type BoardDefinition } from "../boards/index";

const PICO_PINS = "the Pico's pins are board.GP0 to board.GP28, with board.LED (GP25) and board.A0-A2 (GP26-GP28)";

/** Names of other boards' buses and parts, and the Pico's equivalent. */
const PICO_EQUIVALENTS: Record<string, string> = {
  I2C: "the Pico has no default I2C bus: use busio.I2C(board.GP5, board.GP4) (SCL, SDA of I2C0)",
  STEMMA_I2C: "the Pico has no STEMMA connector: use busio.I2C(board.GP5, board.GP4) (SCL, SDA of I2C0)",
  SCL: "use board.GP5 (SCL of I2C0) or another I2C SCL pin",
  SDA: "use board.GP4 (SDA of I2C0) or another I2C SDA pin",
  SPI: "the Pico has no default SPI bus: use busio.SPI(board.GP18, MOSI=board.GP19, MISO=board.GP16) (SPI0)",
  SCK: "use board.GP18 (SCK of SPI0)",
  MOSI: "use board.GP19 (TX/MOSI of SPI0)",
  MISO: "use board.GP16 (RX/MISO of SPI0)",
  UART: "the Pico has no default UART: use busio.UART(board.GP0, board.GP1) (TX, RX of UART0)",
  TX: "use board.GP0 (TX of UART0)",
  RX: "use board.GP1 (RX of UART0)",
  NEOPIXEL: "the Pico has no built-in NeoPixel: wire one to a pin such as board.GP0",
  DISPLAY: "the Pico has no built-in display: wire one and set it up with displayio",
  BUTTON: "the Pico has no user button: wire one to a pin such as board.GP14",
};

/** "the Pico" / "an Adafruit Feather RP2040": how the hint starts ("this is a Raspberry Pi Pico: ..."). */
function thisIs(board: BoardDefinition): string {
  return `this is ${/^[AEIOU]/.test(board.name) ? "an" : "a"} ${board.name}`;
}

/** What the Pico offers instead of `name`. */
function picoEquivalent(name: string): string {
  const equivalent = PICO_EQUIVALENTS[name];
  if (equivalent !== undefined) return equivalent;
  if (/^D\d+$/.test(name)) return `${name} is another board's pin name; ${PICO_PINS}`;
  return PICO_PINS;
}

/** "board.D5 is a pin of the Feather RP2040 (GPIO7), KB2040 (GPIO5)...; set "board" in wiring.json ...". */
function otherBoards(name: string, board: BoardDefinition): string {
  const boards = boardsWithName(name, board);
  if (boards.length === 0) return "";
  const where = boards.map((b) => {
    const gpio = boardPinGpio(b, name);
    return gpio === undefined ? b.shortName : `${b.shortName} (GPIO${gpio})`;
  });
  const what = boards.some((b) => boardPinGpio(b, name) !== undefined) ? "a pin" : "a bus";
  return `. board.${name} is ${what} of the ${where.join(", ")}; set "board": "${boards[0].id}" (or another of them) in wiring.json to run the program as written`;
}

/** The note for a missing board attribute (the attribute error's message continues with it). */
export function boardAttributeHint(name: string, board: BoardDefinition): string {
  if (name.startsWith("_")) return "";
  const own = board.pins.map(([n]) => n);
  const instead = board.id === "raspberry_pi_pico" ? picoEquivalent(name) : `its board pins are ${own.join(", ")}`;
  return `${thisIs(board)}: ${instead}${otherBoards(name, board)}`;
}
