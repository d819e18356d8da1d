/**
 * dist/taskpane.html, the page of the shared runtime. It must load Office.js from Microsoft's CDN
 * (the only copy Microsoft supports) before the functions code (without functions.js every THADS.*
 * shows #N/A), and nothing else from another origin: every other script, style sheet, image or
 * frame it loads is a file of dist/.
 */
import * as fs from "fs";
import * as path from "path";
import { DIST, distText } from "./dist";

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

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
  it("loads Office.js from Microsoft's CDN first, then the functions bundle and the task pane bundle", () => {
    expect(scripts.filter((src) => /office(\.debug)?\.js$/i.test(src))).toEqual([OFFICE_JS_CDN]);
    const at = (file: string) => scripts.indexOf(file);
    expect(at(OFFICE_JS_CDN)).toBe(0);
    expect(at("functions.js")).toBeGreaterThan(0);
    expect(at("taskpane.js")).toBeGreaterThan(0);
    const officeTag = tags.find((t) => t.attributes.get("src") === OFFICE_JS_CDN)!;
    // blocking: the bundles call Office as they run
    expect([officeTag.attributes.has("async"), officeTag.attributes.has("defer")]).toEqual([false, false]);
  });

  it("loads nothing else from another origin: every other fetched address is a file of dist/", () => {
    const addresses = tags
      .filter((t) => FETCHING.has(t.name))
      .flatMap((t) => ["src", "href", "data", "poster"].map((a) => t.attributes.get(a)).filter((v): v is string => !!v))
      .filter((address) => address !== OFFICE_JS_CDN);
    expect(addresses.length).toBeGreaterThanOrEqual(3);
    for (const address of addresses) {
      expect(`${address}: ${/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(address) ? "external" : "relative"}`).toBe(`${address}: relative`);
      const file = path.join(DIST, address.split(/[?#]/)[0]);
      expect(`${address}: ${fs.existsSync(file) ? "in dist" : "missing"}`).toBe(`${address}: in dist`);
    }
  });

  it("ships no copy of Office.js of its own", () => {
    expect(fs.existsSync(path.join(DIST, "office"))).toBe(false);
    const copies = fs.readdirSync(DIST, { recursive: true }).map(String).filter((f) => /office(\.debug)?\.js$|office_strings\.js$/i.test(f));
    expect(copies).toEqual([]);
  });
});
