// The buzzers' sound: one Web Audio square-wave oscillator shared by every buzzer view, at a low gain. The audio
// context is made only when the user turns sound on (browsers allow audio only after a gesture); the buzzer that
// changed its tone last is the one heard, and the context is suspended while no buzzer wants sound.

/** The loudest the tone gets (a square wave is harsh; this is well below the page's other sounds). */
export const MAX_GAIN = 0.05;
/** Seconds for the gain to settle at a change, so tones start and stop without clicks. */
const RAMP_S = 0.01;
/** The context is suspended this long after the last tone stops (after its fade). */
const SUSPEND_AFTER_MS = 100;

interface Tone {
  frequency: number;
  volume: number;
}

export class SharedTone {
  private context: AudioContext | null = null;
  private oscillator: OscillatorNode | null = null;
  private gain: GainNode | null = null;
  /** Buzzers that want sound, in the order they last changed (the last one is heard). */
  private readonly tones = new Map<string, Tone>();

  constructor(private readonly createContext: () => AudioContext | null = defaultContext) {}

  /** Call from the click that turns sound on. False when the browser has no Web Audio. */
  unlock(): boolean {
    if (this.context) {
      void this.context.resume();
      return true;
    }
    const context = this.createContext();
    if (!context) return false;
    this.context = context;
    this.gain = context.createGain();
    this.gain.gain.value = 0;
    this.gain.connect(context.destination);
    this.oscillator = context.createOscillator();
    this.oscillator.type = "square";
    this.oscillator.connect(this.gain);
    this.oscillator.start();
    return true;
  }

  get unlocked(): boolean {
    return this.context !== null;
  }

  /** `owner` sounds `frequency` Hz at `volume` (0..1); silence when the frequency is 0. */
  play(owner: string, frequency: number, volume: number): void {
    if (!(frequency > 0) || !(volume > 0)) return this.stop(owner);
    this.tones.delete(owner);
    this.tones.set(owner, { frequency, volume: Math.min(1, volume) });
    this.apply();
  }

  stop(owner: string): void {
    if (!this.tones.delete(owner)) return;
    this.apply();
  }

  /** What is heard now (for tests and the view): the latest tone, or null. */
  current(): Tone | null {
    return [...this.tones.values()].pop() ?? null;
  }

  private apply(): void {
    const { context, oscillator, gain } = this;
    if (!context || !oscillator || !gain) return;
    const tone = this.current();
    const now = context.currentTime;
    if (tone) {
      if (context.state === "suspended") void context.resume();
      oscillator.frequency.setTargetAtTime(tone.frequency, now, RAMP_S / 4);
      gain.gain.setTargetAtTime(MAX_GAIN * tone.volume, now, RAMP_S);
    } else {
      gain.gain.setTargetAtTime(0, now, RAMP_S);
      // Once the tone has faded, the audio thread can rest until a buzzer sounds again.
      setTimeout(() => {
        if (!this.current() && context.state === "running") void context.suspend();
      }, SUSPEND_AFTER_MS);
    }
  }
}

function defaultContext(): AudioContext | null {
  const Context = globalThis.AudioContext ?? (globalThis as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  return Context ? new Context() : null;
}

/** The one tone every buzzer view plays through. */
export const sharedTone = new SharedTone();
