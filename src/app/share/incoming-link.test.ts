// Incoming links: a valid one becomes a preview (files, sizes, a read-only look, wiring); a hostile one is refused.
import { afterEach, describe, expect, it } from "vitest";
import { deflateSync } from "fflate";
import { encodeShareFragment, type ShareableProject } from "../../storage";
import { toBase64Url } from "../../storage/share-link";
import { checkForSharedLink, incomingFile } from "./incoming-link";
import { getShare, setShare } from "./share-state";

const text = (s: string) => new TextEncoder().encode(s);

const PROJECT: ShareableProject = {
  name: "Blink",
  flavor: "micropython",
  wiring: { version: 1, parts: [{ id: "part1", kind: "led", pin: 15 }, { id: "evil", kind: "laser", pin: 99 }] },
  entries: [
    { path: "main.py", kind: "file", data: text("print('hi')\n") },
    { path: "lib", kind: "dir" },
    { path: "lib/blob.mpy", kind: "file", data: new Uint8Array([0x4d, 6, 0, 0xff]) },
  ],
};

/** A link whose payload is whatever JSON header and bytes we like, as an attacker would build it. */
function handmade(header: unknown, body = new Uint8Array(0)): string {
  const json = text(JSON.stringify(header));
  const payload = new Uint8Array(4 + json.length + body.length);
  new DataView(payload.buffer).setUint32(0, json.length, true);
  payload.set(json, 4);
  payload.set(body, 4 + json.length);
  return `#p=1.${toBase64Url(deflateSync(payload))}`;
}

afterEach(() => setShare({ incoming: undefined }));

describe("checkForSharedLink", () => {
  it("previews a project link: name, flavour, files with sizes, and only the wiring the simulator accepts", () => {
    checkForSharedLink(`#${encodeShareFragment(PROJECT)}`);
    expect(getShare().incoming).toEqual({
      kind: "preview",
      name: "Blink",
      flavor: "micropython",
      files: [
        { path: "lib", kind: "dir", size: 0 },
        { path: "lib/blob.mpy", kind: "file", size: 4 },
        { path: "main.py", kind: "file", size: 12 },
      ],
      parts: ["LED on GP15"],
      leftOut: [],
      opening: false,
    });
  });

  it("previews the parts of a project's wiring.json (the wiring a link carries now)", () => {
    const wiring = '{"parts": [{"kind": "button", "pins": {"signal": "GP14"}}, {"kind": "neopixel-strip", "pins": {"data": 16}, "options": {"count": 8}}]}';
    checkForSharedLink(`#${encodeShareFragment({ name: "W", flavor: "circuitpython", entries: [{ path: "code.py", kind: "file", data: text("") }, { path: "wiring.json", kind: "file", data: text(wiring) }] })}`);
    const incoming = getShare().incoming;
    expect(incoming?.kind === "preview" && incoming.parts).toEqual(["Button on GP14", "NeoPixel strip on GP16"]);
  });

  it("lists what the sender left out of the link", () => {
    checkForSharedLink(`#${encodeShareFragment(PROJECT, (p) => p.startsWith("lib/"))}`);
    const incoming = getShare().incoming;
    expect(incoming?.kind === "preview" && incoming.leftOut).toEqual(["lib/blob.mpy"]);
    expect(incoming?.kind === "preview" && incoming.files.map((f) => f.path)).toEqual(["lib", "main.py"]);
  });

  it("shows text files as text and binary ones by size", () => {
    checkForSharedLink(`#${encodeShareFragment(PROJECT)}`);
    expect(incomingFile("main.py")).toEqual({ kind: "text", text: "print('hi')\n" });
    expect(incomingFile("lib/blob.mpy")).toEqual({ kind: "binary", size: 4 });
    expect(incomingFile("missing.py")).toBeUndefined();
  });

  it("refuses a link with a path outside the project, saying why", () => {
    checkForSharedLink(handmade({ name: "x", flavor: "micropython", files: [["../../evil.py", 2]] }, text("hi")));
    const incoming = getShare().incoming;
    expect(incoming?.kind).toBe("refused");
    expect(incoming?.kind === "refused" && incoming.message).toMatch(/points outside the project/);
    expect(incomingFile("../../evil.py")).toBeUndefined();
  });

  it("refuses a cut-short link", () => {
    const link = `#${encodeShareFragment(PROJECT)}`;
    checkForSharedLink(link.slice(0, link.length - 10));
    const incoming = getShare().incoming;
    expect(incoming?.kind === "refused" && incoming.message).toMatch(/cut short|damaged|incomplete/);
  });

  it("leaves other fragments alone", () => {
    checkForSharedLink("#section-2");
    checkForSharedLink("");
    expect(getShare().incoming).toBeUndefined();
  });
});
