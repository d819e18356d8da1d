/**
 * A bundle of the add-in's own loaded when first needed: an entry of webpack.config.js that sets
 * window[name], fetched once from taskpane.html's own folder on the add-in's server. Not an import()
 * chunk: modules shared with a chunk can no longer be concatenated, which makes taskpane.js larger.
 */
import { el } from "./dom";

export function loadBundle<T>(file: string, name: string, failed: string): Promise<T> {
  const global = window as unknown as Record<string, T | undefined>;
  const loaded = global[name];
  if (loaded) return Promise.resolve(loaded);
  return new Promise((resolve, reject) => {
    const script = el("script", { attrs: { src: new URL(file, document.baseURI).href } });
    script.addEventListener("load", () => {
      const value = global[name];
      if (value) resolve(value);
      else reject(new Error(failed));
    });
    script.addEventListener("error", () => {
      script.remove();
      reject(new Error(failed));
    });
    document.head.append(script);
  });
}
