// CircuitPython's audio modules a Pico has: audiocore (samples), audiopwmio and audiobusio (outputs), audiomixer.
import type { PyModule } from "../../types/module";
import { createAudiocoreModule } from "./samples";
import { createAudiobusioModule, createAudiopwmioModule } from "./output";
import { createAudiomixerModule } from "./mixer";

export const AUDIO_MODULES: Record<string, () => PyModule> = {
  audiocore: createAudiocoreModule,
  audiopwmio: createAudiopwmioModule,
  audiobusio: createAudiobusioModule,
  audiomixer: createAudiomixerModule,
};
