// Types for protocol.mjs (the runners' line protocol).
export function serveRequests(handle: (request: any) => Promise<Record<string, unknown>> | Record<string, unknown>): void;
export function resultLine(output: string): string | null;
