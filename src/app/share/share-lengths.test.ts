// The link-length figures: one row per example and the 10 KB source project, measured from real links.
import { describe, expect, it } from "vitest";
import { CHAT_SAFE_LINK_LENGTH, decodeShareFragment } from "../../storage";
import { EXAMPLES } from "../../examples";
import { SOURCE_PROJECT_BYTES, linkLengthReport, linkLengthRows, sourceProject } from "./share-lengths";
import { shareLinkInfo } from "./share-model";

const BASE = "https://pyco.example/";

describe("share link lengths", () => {
  it("the 10 KB source project is ordinary Python of just under 10 KB that survives its link", () => {
    const project = sourceProject();
    const main = project.entries.find((e) => e.path === "main.py")!;
    expect(main.data!.length).toBeLessThanOrEqual(SOURCE_PROJECT_BYTES);
    expect(main.data!.length).toBeGreaterThan(SOURCE_PROJECT_BYTES - 200);
    const text = new TextDecoder().decode(main.data);
    expect(text).toMatch(/^# /);
    expect(text).toContain("def ");
    const link = shareLinkInfo(BASE, project, false).link;
    const back = decodeShareFragment(link.slice(link.indexOf("#")));
    expect(back.ok && back.value.entries.find((e) => e.path === "main.py")?.data).toEqual(main.data);
  });

  it("gives a row per example and one for the 10 KB project, with the link's real length", () => {
    const rows = linkLengthRows(BASE);
    expect(rows).toHaveLength(EXAMPLES.length + 1);
    const ten = rows.at(-1)!;
    expect(ten.length).toBe(shareLinkInfo(BASE, sourceProject(), false).length);
    // Compressed: far shorter than the 10 KB it carries.
    expect(ten.length).toBeLessThan(SOURCE_PROJECT_BYTES);
    for (const r of rows) expect(r.length).toBeGreaterThan(BASE.length + 20);
    const report = linkLengthReport(BASE);
    expect(report).toContain(`warns above ${CHAT_SAFE_LINK_LENGTH} characters`);
    expect(report).toMatch(/circuitpython\/asyncio-tasks .* without lib\/ {2}\(dialog warns\)/);
  });
});
