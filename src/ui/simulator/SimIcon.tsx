// Small stroke icons for the simulator toolbar (the system fonts lack some media symbols, e.g. ⏸).
const PATHS = {
  run: "M7 5v14l11-7z",
  stop: "M7 7h10v10H7z",
  reset: "M4 12a8 8 0 1 0 2.4-5.7M4 4v4h4",
  pause: "M8 5v14M16 5v14",
} as const;

export type SimIconName = keyof typeof PATHS;

export function SimIcon({ name }: { name: SimIconName }) {
  const filled = name === "run" || name === "stop";
  return (
    <svg className="sim-icon" width={14} height={14} viewBox="0 0 24 24" aria-hidden="true" fill={filled ? "currentColor" : "none"} stroke="currentColor" strokeWidth={filled ? 1.5 : 2.4} strokeLinecap="round" strokeLinejoin="round">
      <path d={PATHS[name]} />
    </svg>
  );
}
