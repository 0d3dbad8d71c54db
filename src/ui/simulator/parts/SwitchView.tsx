// Parts the user works by hand: a slide switch (a switch that stays where it is put), a touch pad and a push button
// (held while the pointer is down on them or Space/Enter is held).
import { HoldButton } from "./HoldButton";
import { stateFlag, type PartViewProps } from "./types";

export function SwitchView({ kind, state, label, onControl }: PartViewProps) {
  if (kind === "slide-switch") return <SlideSwitch on={stateFlag(state, "on")} label={label} onControl={onControl} />;
  const control = kind === "touch-pad" ? "touched" : "pressed";
  const down = stateFlag(state, control);
  return (
    <div className={`part-view part-switch part-${kind}`} data-pressed={down ? "true" : "false"}>
      <HoldButton name={label} pressed={down} onHold={(d) => onControl(control, d)} className={kind === "touch-pad" ? "part-touch" : "part-push"}>
        <span className="part-hold-cap" aria-hidden="true" />
        {kind === "touch-pad" ? (down ? "Touched" : "Touch") : down ? "Pressed" : "Press"}
      </HoldButton>
    </div>
  );
}

function SlideSwitch({ on, label, onControl }: { on: boolean; label: string; onControl: PartViewProps["onControl"] }) {
  return (
    <div className="part-view part-switch part-slide-switch" data-on={on ? "true" : "false"}>
      <button type="button" role="switch" aria-checked={on} aria-label={label} className="part-slide" onClick={() => onControl("on", !on)}>
        <span className="part-slide-track" aria-hidden="true">
          <span className="part-slide-knob" />
        </span>
        {on ? "On (3V3)" : "Off (GND)"}
      </button>
    </div>
  );
}
