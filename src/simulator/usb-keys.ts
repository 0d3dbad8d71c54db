// Names of USB HID keyboard usage codes (HID Usage Tables, page 0x07), for the panel that shows keystrokes.

const NAMED: Record<number, string> = {
  0x28: "ENTER", 0x29: "ESCAPE", 0x2a: "BACKSPACE", 0x2b: "TAB", 0x2c: " ", 0x2d: "-", 0x2e: "=", 0x2f: "[",
  0x30: "]", 0x31: "\\", 0x33: ";", 0x34: "'", 0x35: "`", 0x36: ",", 0x37: ".", 0x38: "/", 0x39: "CAPS_LOCK",
  0x46: "PRINT_SCREEN", 0x47: "SCROLL_LOCK", 0x48: "PAUSE", 0x49: "INSERT", 0x4a: "HOME", 0x4b: "PAGE_UP",
  0x4c: "DELETE", 0x4d: "END", 0x4e: "PAGE_DOWN", 0x4f: "RIGHT_ARROW", 0x50: "LEFT_ARROW", 0x51: "DOWN_ARROW",
  0x52: "UP_ARROW", 0xe0: "LEFT_CONTROL", 0xe1: "LEFT_SHIFT", 0xe2: "LEFT_ALT", 0xe3: "LEFT_GUI",
  0xe4: "RIGHT_CONTROL", 0xe5: "RIGHT_SHIFT", 0xe6: "RIGHT_ALT", 0xe7: "RIGHT_GUI",
};

/** "a".."z", "1".."0", "F1".."F12", the names above, or "0xNN". */
export function describeKey(code: number): string {
  if (code >= 0x04 && code <= 0x1d) return String.fromCharCode(0x61 + code - 0x04);
  if (code >= 0x1e && code <= 0x26) return String(code - 0x1d);
  if (code === 0x27) return "0";
  if (code >= 0x3a && code <= 0x45) return `F${code - 0x39}`;
  return NAMED[code] ?? `0x${code.toString(16).padStart(2, "0")}`;
}

/** What a key types with Shift held on a US layout (letters upper-cased, the symbols above the digits...). */
const SHIFTED: Record<string, string> = {
  "1": "!", "2": "@", "3": "#", "4": "$", "5": "%", "6": "^", "7": "&", "8": "*", "9": "(", "0": ")",
  "-": "_", "=": "+", "[": "{", "]": "}", "\\": "|", ";": ":", "'": "\"", "`": "~", ",": "<", ".": ">", "/": "?",
};

export function typedChar(name: string, shifted: boolean): string {
  if (name === "ENTER") return "\n";
  if (name === "TAB") return "\t";
  if (name.length !== 1) return "";
  if (!shifted) return name;
  return SHIFTED[name] ?? name.toUpperCase();
}
