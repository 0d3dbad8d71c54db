// The kinds of parts the simulator can wire: pin roles, I2C addresses, user controls, and the model each makes.
// A UI lists these to offer parts; wiring.json names them by `kind`.
import type { PartKind } from "./registry";
import { OledPart } from "./oled";
import { Bme280Part, BME280_CONTROLS } from "./bme280";
import { Mcp9808Part, MCP9808_CONTROLS } from "./mcp9808";
import { CharLcdPart } from "./char-lcd";
import { I2cMemoryPart } from "./i2c-memory";
import { DhtPart, dhtControls } from "./dht";
import { Hcsr04Part, HCSR04_CONTROLS } from "./hcsr04";
import { PhotoresistorPart, PHOTORESISTOR_CONTROLS } from "./photoresistor";
import { PotentiometerPart, POTENTIOMETER_CONTROLS } from "./potentiometer";
import { ServoPart } from "./servo";
import { BuzzerPart } from "./buzzer";
import { RgbLedPart } from "./rgb-led";
import { RotaryEncoderPart, ENCODER_CONTROLS } from "./rotary-encoder";
import { SlideSwitchPart, SLIDE_SWITCH_CONTROLS } from "./slide-switch";
import { ButtonPart, BUTTON_CONTROLS } from "./button";
import { TouchPadPart, TOUCH_CONTROLS } from "./touch-pad";
import { UartTerminalPart } from "./uart-terminal";
import { JumperWirePart } from "./jumper-wire";
import { I2cPullupsPart } from "./i2c-pullups";
import { Ds18b20Part, DS18B20_CONTROLS } from "./ds18b20";
import { LedPart } from "./led";
import { NeopixelPart } from "./neopixel-part";

const I2C_PINS = ["sda", "scl"] as const;
const OLED_ADDRESSES = [0x3c, 0x3d];

const KINDS: PartKind[] = [
  { kind: "led", title: "LED", pins: ["anode"], controls: [], create: (ctx, cfg, notify) => new LedPart(ctx, cfg, notify) },
  {
    kind: "neopixel-strip", title: "NeoPixel strip (WS2812)", pins: ["data"], controls: [],
    create: (ctx, cfg, notify) => new NeopixelPart(ctx, cfg, notify, "strip"),
  },
  {
    kind: "neopixel-ring", title: "NeoPixel ring (WS2812)", pins: ["data"], controls: [],
    create: (ctx, cfg, notify) => new NeopixelPart(ctx, cfg, notify, "ring"),
  },
  {
    kind: "ssd1306", title: "SSD1306 OLED (I2C)", pins: I2C_PINS, i2cAddresses: OLED_ADDRESSES, controls: [],
    optionalPins: ["reset"], create: (ctx, cfg, notify) => new OledPart(ctx, cfg, notify, "ssd1306", "i2c"),
  },
  {
    kind: "ssd1306-spi", title: "SSD1306 OLED (SPI)", pins: ["sck", "mosi", "dc"], optionalPins: ["cs", "reset"], controls: [],
    create: (ctx, cfg, notify) => new OledPart(ctx, cfg, notify, "ssd1306", "spi"),
  },
  {
    kind: "sh1106", title: "SH1106 OLED (I2C)", pins: I2C_PINS, i2cAddresses: OLED_ADDRESSES, controls: [],
    optionalPins: ["reset"], create: (ctx, cfg, notify) => new OledPart(ctx, cfg, notify, "sh1106", "i2c"),
  },
  {
    kind: "bme280", title: "BME280 temperature, pressure, humidity (I2C)", pins: I2C_PINS, i2cAddresses: [0x77, 0x76],
    controls: BME280_CONTROLS, create: (ctx, cfg, notify) => new Bme280Part(ctx, cfg, notify, "i2c"),
  },
  {
    kind: "bme280-spi", title: "BME280 (SPI)", pins: ["sck", "mosi", "miso", "cs"], controls: BME280_CONTROLS,
    create: (ctx, cfg, notify) => new Bme280Part(ctx, cfg, notify, "spi"),
  },
  {
    kind: "mcp9808", title: "MCP9808 temperature (I2C)", pins: I2C_PINS, i2cAddresses: [0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f],
    controls: MCP9808_CONTROLS, create: (ctx, cfg, notify) => new Mcp9808Part(ctx, cfg, notify),
  },
  {
    kind: "lcd-i2c", title: "Character LCD with PCF8574 I2C backpack", pins: I2C_PINS,
    i2cAddresses: [0x27, 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x38, 0x39, 0x3a, 0x3b, 0x3c, 0x3d, 0x3e, 0x3f],
    controls: [], create: (ctx, cfg, notify) => new CharLcdPart(ctx, cfg, notify, "i2c"),
  },
  {
    kind: "lcd-gpio", title: "Character LCD (HD44780, parallel)", pins: ["rs", "e", "d4", "d5", "d6", "d7"],
    optionalPins: ["rw", "d0", "d1", "d2", "d3", "backlight"], controls: [],
    create: (ctx, cfg, notify) => new CharLcdPart(ctx, cfg, notify, "gpio"),
  },
  {
    kind: "i2c-memory", title: "I2C memory / register file (24C02-style)", pins: I2C_PINS, i2cAddresses: [0x50],
    controls: [], create: (ctx, cfg, notify) => new I2cMemoryPart(ctx, cfg, notify),
  },
  {
    kind: "dht11", title: "DHT11 temperature-humidity", pins: ["data"], controls: dhtControls("dht11"),
    create: (ctx, cfg, notify) => new DhtPart(ctx, cfg, notify, "dht11"),
  },
  {
    kind: "dht22", title: "DHT22 / AM2302 temperature-humidity", pins: ["data"], controls: dhtControls("dht22"),
    create: (ctx, cfg, notify) => new DhtPart(ctx, cfg, notify, "dht22"),
  },
  {
    kind: "ds18b20", title: "DS18B20 temperature (1-Wire)", pins: ["data"], controls: DS18B20_CONTROLS,
    create: (ctx, cfg, notify) => new Ds18b20Part(ctx, cfg, notify),
  },
  {
    kind: "hcsr04", title: "HC-SR04 ultrasonic distance", pins: ["trigger", "echo"], controls: HCSR04_CONTROLS,
    create: (ctx, cfg, notify) => new Hcsr04Part(ctx, cfg, notify),
  },
  {
    kind: "photoresistor", title: "Photoresistor (light sensor, ADC)", pins: ["signal"], controls: PHOTORESISTOR_CONTROLS,
    create: (ctx, cfg, notify) => new PhotoresistorPart(ctx, cfg, notify),
  },
  {
    kind: "potentiometer", title: "Potentiometer (ADC)", pins: ["wiper"], controls: POTENTIOMETER_CONTROLS,
    create: (ctx, cfg, notify) => new PotentiometerPart(ctx, cfg, notify),
  },
  { kind: "servo", title: "Servo", pins: ["signal"], controls: [], create: (ctx, cfg, notify) => new ServoPart(ctx, cfg, notify) },
  { kind: "buzzer", title: "Piezo buzzer", pins: ["signal"], controls: [], create: (ctx, cfg, notify) => new BuzzerPart(ctx, cfg, notify) },
  {
    kind: "rgb-led", title: "RGB LED", pins: ["red", "green", "blue"], controls: [],
    create: (ctx, cfg, notify) => new RgbLedPart(ctx, cfg, notify),
  },
  {
    kind: "rotary-encoder", title: "Rotary encoder", pins: ["a", "b"], optionalPins: ["button"], controls: ENCODER_CONTROLS,
    create: (ctx, cfg, notify) => new RotaryEncoderPart(ctx, cfg, notify),
  },
  {
    kind: "slide-switch", title: "Slide switch", pins: ["common"], controls: SLIDE_SWITCH_CONTROLS,
    create: (ctx, cfg, notify) => new SlideSwitchPart(ctx, cfg, notify),
  },
  {
    kind: "button", title: "Push button (to GND)", pins: ["signal"], controls: BUTTON_CONTROLS,
    create: (ctx, cfg, notify) => new ButtonPart(ctx, cfg, notify),
  },
  {
    kind: "touch-pad", title: "Touch pad (with 1 MΩ pull-down)", pins: ["pad"], controls: TOUCH_CONTROLS,
    create: (ctx, cfg, notify) => new TouchPadPart(ctx, cfg, notify),
  },
  {
    kind: "uart-terminal", title: "Serial terminal (USB-serial adapter)", pins: ["tx"], optionalPins: ["rx"], controls: [],
    create: (ctx, cfg, notify) => new UartTerminalPart(ctx, cfg, notify),
  },
  {
    kind: "i2c-pullups", title: "I2C pull-up resistors (10 kΩ)", pins: I2C_PINS, controls: [],
    create: (ctx, cfg, notify) => new I2cPullupsPart(ctx, cfg, notify),
  },
  { kind: "wire", title: "Jumper wire", pins: ["a", "b"], controls: [], create: (ctx, cfg, notify) => new JumperWirePart(ctx, cfg, notify) },
];

export const PART_KINDS: ReadonlyMap<string, PartKind> = new Map(KINDS.map((k) => [k.kind, k]));
