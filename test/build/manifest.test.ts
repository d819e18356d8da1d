/**
 * The add-in manifest, as written (manifest.xml, development addresses) and as shipped
 * (dist/manifest.xml, production addresses): one shared runtime for the task pane, the functions and
 * the ribbon command; namespace THADS; every resource id resolves to a resource of the right kind;
 * https only; icons that are real PNGs of the size the manifest states.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { DOMParser } from "@xmldom/xmldom";
import { DEV_URL, ROOT, distText, productionUrl } from "./dist";

const XSI = "http://www.w3.org/2001/XMLSchema-instance";

function parseXml(text: string, name: string): Document {
  const fail = (level: string) => (msg: string) => {
    throw new Error(`${name}: XML ${level}: ${msg}`);
  };
  const parser = new DOMParser({ errorHandler: { warning: fail("warning"), error: fail("error"), fatalError: fail("fatal error") } });
  return parser.parseFromString(text, "text/xml") as unknown as Document;
}

/** Descendant elements by local name ("*": all), whatever their namespace. */
function elements(root: Document | Element, localName: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (localName === "*" || el.localName === localName) found.push(el);
      walk(el);
    }
  };
  walk(root as Node);
  return found;
}

function children(el: Element, localName: string): Element[] {
  return Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === localName);
}

function only(list: Element[], what: string): Element {
  if (list.length !== 1) throw new Error(`expected exactly one ${what}, found ${list.length}`);
  return list[0];
}

const xsiType = (el: Element) => el.getAttributeNS(XSI, "type");

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

/** The resources of <Resources>: id → kind and default value. */
function resources(doc: Document): Map<string, { kind: ResourceKind; value: string; element: Element }> {
  const map = new Map<string, { kind: ResourceKind; value: string; element: Element }>();
  const block = only(elements(doc, "Resources"), "<Resources>");
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"] as ResourceKind[]) {
    for (const group of children(block, kind)) {
      for (const el of Array.from(group.childNodes).filter((n): n is Element => n.nodeType === 1)) {
        const id = el.getAttribute("id")!;
        if (map.has(id)) throw new Error(`resource id ${id} is defined twice`);
        map.set(id, { kind, value: el.getAttribute("DefaultValue") ?? "", element: el });
      }
    }
  }
  return map;
}

/** The kind of resource each referencing element needs. */
const REFERENCE_KIND: Record<string, ResourceKind> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  Runtime: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

/** Width and height of a PNG, after checking that it is a whole, decodable PNG file. */
function pngSize(file: string): { width: number; height: number } {
  const png = fs.readFileSync(file);
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    chunks.push({ type: png.toString("ascii", at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  expect(chunks[0].type).toBe("IHDR");
  expect(chunks[chunks.length - 1].type).toBe("IEND");
  const header = chunks[0].data;
  const [width, height, bitDepth, colorType, interlace] = [
    header.readUInt32BE(0),
    header.readUInt32BE(4),
    header[8],
    header[9],
    header[12],
  ];
  expect(interlace).toBe(0);
  // The image data inflates to one filter byte plus the pixels of each row.
  const channels: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
  const rowBytes = Math.ceil((width * channels[colorType] * bitDepth) / 8);
  const pixels = zlib.inflateSync(Buffer.concat(chunks.filter((c) => c.type === "IDAT").map((c) => c.data)));
  expect(pixels.length).toBe(height * (1 + rowBytes));
  return { width, height };
}

const SOURCE = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const SHIPPED = distText("manifest.xml");

describe.each([
  ["manifest.xml", SOURCE, DEV_URL],
  ["dist/manifest.xml", SHIPPED, productionUrl()],
])("%s", (name, text, baseUrl) => {
  const doc = parseXml(text, name);
  const root = doc.documentElement as unknown as Element;
  const res = resources(doc);
  const url = (resid: string) => res.get(resid)?.value;

  it("is a task pane add-in for Excel with a GUID, version 1.0.0.0, Vietnamese by default", () => {
    expect(root.localName).toBe("OfficeApp");
    expect(xsiType(root)).toBe("TaskPaneApp");
    expect(only(children(root, "Id"), "<Id>").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(only(children(root, "Version"), "<Version>").textContent).toBe("1.0.0.0");
    expect(only(children(root, "DefaultLocale"), "<DefaultLocale>").textContent).toBe("vi-VN");
    expect(only(children(root, "ProviderName"), "<ProviderName>").textContent?.trim()).toBeTruthy();
    const hosts = elements(only(children(root, "Hosts"), "<Hosts>"), "Host").map((h) => h.getAttribute("Name"));
    expect(hosts).toEqual(["Workbook"]);
    expect(only(children(root, "Permissions"), "<Permissions>").textContent).toBe("ReadWriteDocument");
  });

  it("has its display name and description in Vietnamese with an English override", () => {
    for (const tag of ["DisplayName", "Description"]) {
      const el = only(children(root, tag), `<${tag}>`);
      expect(el.getAttribute("DefaultValue")).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
      const english = children(el, "Override").find((o) => o.getAttribute("Locale") === "en-US");
      expect(english?.getAttribute("Value")?.trim()).toBeTruthy();
    }
  });

  it("requires SharedRuntime 1.1, ExcelApi 1.9 and CustomFunctionsRuntime 1.3 (requirements.test.ts: no more)", () => {
    const sets = elements(only(children(root, "Requirements"), "<Requirements>"), "Set");
    expect(sets.map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")])).toEqual([
      ["SharedRuntime", "1.1"],
      ["ExcelApi", "1.9"],
      ["CustomFunctionsRuntime", "1.3"],
    ]);
  });

  it("has a support page under the add-in's address, shipped in dist/", () => {
    const support = only(children(root, "SupportUrl"), "<SupportUrl>").getAttribute("DefaultValue")!;
    expect(support).toBe(`${baseUrl}support.html`);
    expect(distText("support.html")).toMatch(/Excel 2016/);
  });

  it("runs the task pane, the functions and the ribbon command in one long-lived runtime", () => {
    const runtime = only(elements(doc, "Runtime"), "<Runtime>");
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const shared = runtime.getAttribute("resid")!;
    expect(url(shared)).toBe(`${baseUrl}taskpane.html`);

    const customFunctions = only(
      elements(doc, "ExtensionPoint").filter((e) => xsiType(e) === "CustomFunctions"),
      "CustomFunctions extension point",
    );
    const page = only(children(customFunctions, "Page"), "<Page>");
    expect(only(children(page, "SourceLocation"), "Page <SourceLocation>").getAttribute("resid")).toBe(shared);

    expect(only(elements(doc, "FunctionFile"), "<FunctionFile>").getAttribute("resid")).toBe(shared);

    const showTaskpane = elements(doc, "Action").filter((a) => xsiType(a) === "ShowTaskpane");
    expect(showTaskpane.length).toBeGreaterThan(0);
    for (const action of showTaskpane) {
      expect(only(children(action, "SourceLocation"), "action <SourceLocation>").getAttribute("resid")).toBe(shared);
      expect(only(children(action, "TaskpaneId"), "<TaskpaneId>").textContent?.trim()).toBeTruthy();
    }

    const defaultSettings = only(children(root, "DefaultSettings"), "<DefaultSettings>");
    expect(only(children(defaultSettings, "SourceLocation"), "<SourceLocation>").getAttribute("DefaultValue")).toBe(url(shared));
  });

  it("registers the functions under namespace THADS with the built script and metadata", () => {
    const customFunctions = elements(doc, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions")!;
    const resid = (tag: string) => {
      const el = only(children(customFunctions, tag), `<${tag}>`);
      return tag === "Namespace" ? el.getAttribute("resid")! : only(children(el, "SourceLocation"), `${tag} <SourceLocation>`).getAttribute("resid")!;
    };
    expect(url(resid("Namespace"))).toBe("THADS");
    expect(url(resid("Script"))).toBe(`${baseUrl}functions.js`);
    expect(url(resid("Metadata"))).toBe(`${baseUrl}functions.json`);
  });

  it("has a THADS button on the Home tab that opens the task pane", () => {
    const surface = only(
      elements(doc, "ExtensionPoint").filter((e) => xsiType(e) === "PrimaryCommandSurface"),
      "PrimaryCommandSurface",
    );
    const home = only(children(surface, "OfficeTab"), "<OfficeTab>");
    expect(home.getAttribute("id")).toBe("TabHome");
    const button = only(
      elements(home, "Control").filter((c) => xsiType(c) === "Button"),
      "button",
    );
    expect(url(only(children(button, "Label"), "button <Label>").getAttribute("resid")!)).toBe("Báo cáo THADS");
    expect(xsiType(only(children(button, "Action"), "button <Action>"))).toBe("ShowTaskpane");
  });

  it("resolves every resource id to a resource of the right kind, and every resource is used", () => {
    const used = new Set<string>();
    for (const el of elements(doc, "*").filter((e) => e.hasAttribute("resid"))) {
      const id = el.getAttribute("resid")!;
      used.add(id);
      const needed = REFERENCE_KIND[el.localName] ?? "(an element this test does not know)";
      expect(`<${el.localName} resid="${id}"> → ${res.get(id)?.kind}`).toBe(`<${el.localName} resid="${id}"> → ${needed}`);
    }
    expect([...res.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it("gives every text resource an English override (the namespace excepted: it is the same in every language)", () => {
    for (const [id, { kind, value, element }] of res) {
      if (kind !== "ShortStrings" && kind !== "LongStrings") continue;
      expect(`${id}: ${value}`).toMatch(/: \S/);
      if (id === only(elements(doc, "Namespace"), "<Namespace>").getAttribute("resid")) continue;
      const english = children(element, "Override").find((o) => o.getAttribute("Locale") === "en-US");
      expect(`${id}: ${english?.getAttribute("Value") ?? ""}`).toMatch(/: \S/);
    }
  });

  it("uses https addresses only, all under the add-in's address", () => {
    const addresses: string[] = [];
    for (const el of elements(doc, "*")) {
      for (const attr of Array.from(el.attributes)) {
        if (attr.name === "xmlns" || attr.name.startsWith("xmlns:")) continue; // namespace names, never fetched
        if (/^[a-z][a-z0-9+.-]*:/i.test(attr.value) || attr.value.startsWith("//")) addresses.push(attr.value);
      }
    }
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) expect(address.startsWith(baseUrl) ? "under the add-in" : address).toBe("under the add-in");
    expect(baseUrl.startsWith("https://")).toBe(true);
  });

  it("references icons that are real PNGs of the stated size in assets/", () => {
    const icons: { address: string; size: number }[] = [
      { address: only(children(root, "IconUrl"), "<IconUrl>").getAttribute("DefaultValue")!, size: 32 },
      { address: only(children(root, "HighResolutionIconUrl"), "<HighResolutionIconUrl>").getAttribute("DefaultValue")!, size: 64 },
      ...elements(doc, "Image")
        .filter((img) => img.hasAttribute("size"))
        .map((img) => ({ address: url(img.getAttribute("resid")!)!, size: Number(img.getAttribute("size")) })),
    ];
    expect(icons.length).toBeGreaterThan(2);
    for (const { address, size } of icons) {
      expect(address.startsWith(`${baseUrl}assets/`)).toBe(true);
      const file = path.join(ROOT, "assets", address.slice(`${baseUrl}assets/`.length));
      expect(pngSize(file)).toEqual({ width: size, height: size });
      expect(fs.readFileSync(path.join(ROOT, "dist", "assets", path.basename(file)))).toEqual(fs.readFileSync(file));
    }
  });
});

const PLACEHOLDER = "https://thads.example.vn/addin/";
const TEST_MARK = " [TEST BUILD: not for deployment, set ADDIN_URL]";

describe("the production manifest", () => {
  it("is manifest.xml with the development address replaced by the production one, no localhost left", () => {
    expect(SHIPPED).not.toMatch(/localhost/i);
    let expected = SOURCE.split(DEV_URL).join(productionUrl());
    if (productionUrl() === PLACEHOLDER) {
      // Built for the placeholder address (npm test): its names say it is not for deployment.
      for (const tag of ["DisplayName", "Description"]) {
        const value = only(children(parseXml(SOURCE, "manifest.xml").documentElement as unknown as Element, tag), tag).getAttribute("DefaultValue")!;
        expected = expected.replace(`<${tag} DefaultValue="${value}"`, `<${tag} DefaultValue="${value}${TEST_MARK}"`);
      }
    }
    expect(SHIPPED).toBe(expected);
  });

  /** The webpack configuration of `npm run build:release` (webpack --env release), with ADDIN_URL as given. */
  async function releaseConfig(addinUrl: string | undefined): Promise<unknown> {
    const saved = process.env.ADDIN_URL;
    if (addinUrl === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = addinUrl;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const config = require(path.join(ROOT, "webpack.config.js"));
      return await config({ release: true }, { mode: "production" });
    } finally {
      if (saved === undefined) delete process.env.ADDIN_URL;
      else process.env.ADDIN_URL = saved;
    }
  }

  it("build:release refuses the placeholder address, and builds for a real one", async () => {
    await expect(releaseConfig(PLACEHOLDER)).rejects.toThrow(/placeholder address.*ADDIN_URL/s);
    await expect(releaseConfig(undefined)).rejects.toThrow(/placeholder address/); // package.json's address is the placeholder
    await expect(releaseConfig("https://thads.cuc-thads.gov.vn/addin/")).resolves.toMatchObject([
      { name: "addin", mode: "production" },
      { name: "web", mode: "production" },
    ]);
  });
});
