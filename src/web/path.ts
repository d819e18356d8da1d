/**
 * Node's `path` for the web page's bundle (webpack.config.js aliases "path" to this file for the page
 * only): the POSIX functions the xlsx code calls, on the zip's part names ("xl/worksheets/sheet1.xml")
 * and on picked files' names. Only relative, "/"-separated paths occur there; test/web/path.test.ts
 * checks each function against Node's path.posix.
 */

function normalized(parts: string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    if (part === "" || part === ".") continue;
    if (part === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else out.push(part);
  }
  return out;
}

export function join(...paths: string[]): string {
  const joined = paths.filter((p) => p !== "").join("/");
  const absolute = joined.startsWith("/");
  const body = normalized(joined.split("/")).join("/");
  return (absolute ? "/" : "") + body || (absolute ? "/" : ".");
}

export function dirname(p: string): string {
  const trimmed = p.replace(/\/+$/, "");
  const at = trimmed.lastIndexOf("/");
  if (at < 0) return ".";
  return at === 0 ? "/" : trimmed.slice(0, at);
}

export function basename(p: string, ext?: string): string {
  const base = p.replace(/\/+$/, "").split("/").pop() ?? "";
  return ext && base.endsWith(ext) && base !== ext ? base.slice(0, -ext.length) : base;
}

export function extname(p: string): string {
  const base = basename(p);
  const at = base.lastIndexOf(".");
  return at <= 0 ? "" : base.slice(at);
}

/** The path from `from` to `to`, both relative to the same root. */
export function relative(from: string, to: string): string {
  const a = normalized(from.split("/"));
  const b = normalized(to.split("/"));
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => ".."), ...b.slice(common)].join("/");
}

/** A browser has no working directory: a path resolves to itself, joined (only saveWorkbook calls it, never on the page). */
export function resolve(...paths: string[]): string {
  return join(...paths);
}

export const posix = { join, dirname, basename, extname, relative };
