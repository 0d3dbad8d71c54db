// Hostile and broken links, each refused by the app with a message that says what is wrong, and nothing stored
// changes: not even after "Open" is attempted. Each kind of attack the issue lists is one case.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { deflateSync } from "fflate";
import { encodeShareFragment, TabCoordinator, type ProjectStore } from "../../storage";
import { toBase64Url } from "../../storage/share-link";
import { openTestStore, snapshot } from "../../storage/test-support";
import { setServices } from "../services";
import { checkForSharedLink, openIncoming } from "./incoming-link";
import { getShare, setShare } from "./share-state";

const text = (s: string) => new TextEncoder().encode(s);

/** A link whose payload is any header and bytes, as an attacker builds it (the real encoder refuses nothing). */
function crafted(header: unknown, body = new Uint8Array(0)): string {
  const json = text(JSON.stringify(header));
  const payload = new Uint8Array(4 + json.length + body.length);
  new DataView(payload.buffer).setUint32(0, json.length, true);
  payload.set(json, 4);
  payload.set(body, 4 + json.length);
  return `#p=1.${toBase64Url(deflateSync(payload))}`;
}

const withFiles = (paths: string[]) => crafted({ name: "x", flavor: "micropython", files: paths.map((p) => [p, 1]) }, new Uint8Array(paths.length).fill(65));
const deflated = (bytes: Uint8Array) => `#p=1.${toBase64Url(deflateSync(bytes))}`;

/** 17 MB that compresses about 50:1, like real data: too big once expanded, yet no bomb by its ratio. */
function seventeenMegabytes(): Uint8Array {
  const out = new Uint8Array(17 * 1024 * 1024);
  let seed = 7;
  for (let i = 0; i < out.length; i += 1024) for (let j = 0; j < 16; j++) out[i + j] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
  return out;
}

const GOOD = `#${encodeShareFragment({ name: "Good", flavor: "micropython", entries: [{ path: "main.py", kind: "file", data: text("print('hi')\n".repeat(40)) }] })}`;

const HOSTILE: [string, () => string, RegExp][] = [
  ["truncated", () => GOOD.slice(0, GOOD.length - 20), /cut short|incomplete/],
  ["not base64", () => "#p=1.abc$%^&*()", /characters a Pyco link never has/],
  ["not deflate", () => `#p=1.${toBase64Url(text("this is plain text, not deflate data"))}`, /can't be unpacked/],
  ["a zip bomb's ratio", () => deflated(new Uint8Array(8 * 1024 * 1024)), /times its own size .*zip bomb/],
  ["too large once expanded", () => deflated(seventeenMegabytes()), /unpacks to more than 16\.0 MB/],
  ["too long to be a link", () => `#p=1.${"A".repeat(2_000_004)}`, /too long/],
  ["an unknown future version", () => `#p=2.${GOOD.split(".")[1]}`, /newer version of Pyco/],
  ["a path escaping the project", () => withFiles(["main.py", "lib/../../evil.py"]), /points outside the project/],
  ["an absolute path", () => withFiles(["/etc/passwd"]), /absolute path/],
  ["a backslash path", () => withFiles(["..\\evil.py"]), /backslash/],
  ["a forbidden name", () => withFiles(["main.py", "con.py"]), /con\.py/],
  ["a forbidden character", () => withFiles(["what?.py"]), /what\?\.py/],
  ["thousands of files", () => withFiles(Array.from({ length: 10_001 }, (_, i) => `f${i}.py`)), /10001 files; at most 10000/],
  ["a damaged header", () => crafted({ name: "x", flavor: "micropython", files: [["main.py", 99]] }, text("short")), /damaged/],
];

let store: ProjectStore;

beforeEach(async () => {
  ({ store } = await openTestStore());
  setServices(store, new TabCoordinator());
  const made = await store.createProject("micropython", "Mine");
  if (!made.ok) throw new Error(made.error.message);
});

afterEach(() => setShare({ incoming: undefined }));

describe("hostile links", () => {
  it("a good link gets a preview (so the refusals below are about the links)", () => {
    checkForSharedLink(GOOD);
    expect(getShare().incoming?.kind).toBe("preview");
  });

  it.each(HOSTILE)("a link with %s is refused, saying why, and nothing stored changes", async (_what, link, message) => {
    const before = await snapshot(store);
    checkForSharedLink(link());
    const incoming = getShare().incoming;
    expect(incoming?.kind).toBe("refused");
    expect(incoming?.kind === "refused" && incoming.message).toMatch(message);
    await openIncoming();
    expect(await snapshot(store)).toEqual(before);
  }, 30_000);
});
