// Reserved region for the simulated board view and the serial terminal (not built yet). Deliberately empty:
// it renders nothing visible until it has real content, so no control here pretends to work.
import type { ReactNode } from "react";

export function BoardRegion({ children }: { children?: ReactNode }) {
  return (
    <aside className="board-region" aria-label="Board and terminal" hidden={!children}>
      {children}
    </aside>
  );
}
