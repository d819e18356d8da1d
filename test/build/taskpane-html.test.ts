/**
 * dist/taskpane.html, the page of the shared runtime. It must load the local Office.js before the
 * functions code (without functions.js every THADS.* shows #N/A), and nothing from another origin:
 * every script, style sheet, image or frame it loads is a file of dist/.
 */
import * as fs from "fs";
import * as path from "path";
import { DIST, distText } from "./dist";

interface Tag {
  name: string;
  attributes: Map<string, string>;
}

/** The start tags of an HTML document with their attributes (quoted, unquoted or bare). */
function startTags(html: string): Tag[] {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, "");
  return [...withoutComments.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)].map(([, name, rest]) => ({
    name: name.toLowerCase(),
    attributes: new Map(
      [...rest.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)].map(([, key, dq, sq, bare]) => [
        key.toLowerCase(),
        dq ?? sq ?? bare ?? "",
      ]),
    ),
  }));
}

/** Elements that make the browser fetch what their src/href names. */
const FETCHING = new Set(["script", "link", "img", "iframe", "frame", "source", "embed", "object", "audio", "video", "track", "input"]);

const tags = startTags(distText("taskpane.html"));
const scripts = tags.filter((t) => t.name === "script" && t.attributes.has("src")).map((t) => t.attributes.get("src")!);

describe("dist/taskpane.html", () => {
  it("loads the local Office.js first, then the functions bundle and the task pane bundle", () => {
    expect(scripts.filter((src) => /office(\.debug)?\.js$/.test(src))).toEqual(["office/office.js"]);
    const at = (file: string) => scripts.indexOf(file);
    expect(at("office/office.js")).toBe(0);
    expect(at("functions.js")).toBeGreaterThan(at("office/office.js"));
    expect(at("taskpane.js")).toBeGreaterThan(at("office/office.js"));
  });

  it("loads nothing from another origin: every fetched address is a file of dist/", () => {
    const addresses = tags
      .filter((t) => FETCHING.has(t.name))
      .flatMap((t) => ["src", "href", "data", "poster"].map((a) => t.attributes.get(a)).filter((v): v is string => !!v));
    expect(addresses.length).toBeGreaterThanOrEqual(3);
    for (const address of addresses) {
      expect(`${address}: ${/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(address) ? "external" : "relative"}`).toBe(`${address}: relative`);
      const file = path.join(DIST, address.split(/[?#]/)[0]);
      expect(`${address}: ${fs.existsSync(file) ? "in dist" : "missing"}`).toBe(`${address}: in dist`);
    }
  });

  it("ships the Office.js files Excel loads: the host scripts and the Vietnamese and English strings", () => {
    for (const file of [
      "excel-win32-16.01.js",
      "excel-web-16.00.js",
      "excel-mac-16.00.js",
      "vi-vn/office_strings.js",
      "en-us/office_strings.js",
    ]) {
      expect(`${file}: ${fs.existsSync(path.join(DIST, "office", file))}`).toBe(`${file}: true`);
    }
  });
});
