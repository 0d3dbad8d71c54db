// Opens the examples gallery: a header button, or a card on the welcome screen.
import { openGallery } from "../../app/examples/examples-state";

export function ExamplesButton() {
  return (
    <button type="button" className="button" title="Start a new project from an example" onClick={openGallery}>
      Examples
    </button>
  );
}

export function ExamplesCard() {
  return (
    <button type="button" className="start-card" onClick={openGallery}>
      <span className="start-card-title">Start from an example</span>
      <span className="start-card-text">Blink, buttons, PWM, NeoPixels, an OLED, PIO and more, wired and ready to run.</span>
    </button>
  );
}
