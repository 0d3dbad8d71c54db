// A piezo buzzer: the tone it is driven with, and a "Sound" toggle (off by default) that plays that tone through
// the shared Web Audio oscillator; the sound stops when the buzzer goes silent, sound is turned off or the view goes.
import { useEffect, useState } from "react";
import { sharedTone } from "./buzzer-audio";
import { stateNumber, type PartViewProps } from "./types";

export function BuzzerView({ id, state, label }: PartViewProps) {
  const [soundOn, setSoundOn] = useState(false);
  const [noAudio, setNoAudio] = useState(false);
  const frequency = stateNumber(state, "frequency", 0);
  const volume = stateNumber(state, "volume", 0);
  const sounding = frequency > 0 && volume > 0;

  useEffect(() => {
    if (soundOn && sounding) sharedTone.play(id, frequency, volume);
    else sharedTone.stop(id);
  }, [id, soundOn, sounding, frequency, volume]);
  useEffect(() => () => sharedTone.stop(id), [id]);

  const toggle = () => {
    if (soundOn) return setSoundOn(false);
    // The audio context may only start from the user's own click.
    if (!sharedTone.unlock()) return setNoAudio(true);
    setSoundOn(true);
  };
  const text = sounding ? `${formatHz(frequency)} · volume ${Math.round(volume * 100)} %` : "silent";
  return (
    <div className="part-view part-buzzer" data-sounding={sounding ? "true" : "false"} data-frequency={frequency}>
      <svg viewBox="0 0 40 40" width={40} height={40} role="img" aria-label={`${label}: ${text}`}>
        <circle cx={20} cy={20} r={17} className="part-buzzer-body" />
        <circle cx={20} cy={20} r={4} className="part-buzzer-hole" />
        {sounding ? <path d="M 31 9 A 16 16 0 0 1 31 31 M 35 5 A 21 21 0 0 1 35 35" className="part-buzzer-waves" /> : null}
      </svg>
      <div className="part-buzzer-side">
        {/* Not a live region: a melody would be read out note by note. */}
        <span className="part-value">{text}</span>
        <button type="button" className="part-toggle" aria-pressed={soundOn} aria-label={`Sound of ${label}`} onClick={toggle} disabled={noAudio}>
          <SpeakerIcon on={soundOn} />
          Sound
        </button>
        {noAudio ? <span className="part-note">This browser cannot play sound (no Web Audio).</span> : null}
      </div>
    </div>
  );
}

function formatHz(hz: number): string {
  return hz >= 1000 ? `${(hz / 1000).toFixed(hz % 1000 === 0 ? 0 : 2)} kHz` : `${Number.isInteger(hz) ? hz : hz.toFixed(1)} Hz`;
}

/** A speaker with sound waves (on) or a cross (muted). */
function SpeakerIcon({ on }: { on: boolean }) {
  return (
    <svg width={14} height={14} viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
      <path d="M4 9h4l5-4v14l-5-4H4z" />
      <path d={on ? "M16 9a4 4 0 0 1 0 6M19 6a8 8 0 0 1 0 12" : "M16 9l5 6M21 9l-5 6"} />
    </svg>
  );
}
