// The board view's part views: one component that draws any wired part from its live state, and the USB panel.
export type { PartViewProps } from "./types";
export { PartView } from "./PartView";
export { UsbActivityView } from "./UsbActivityView";
