/**
 * Builds the add-in into dist/: functions.js + functions.json (custom functions), taskpane.html +
 * taskpane.js (the page of the shared runtime, which also loads functions.js), files.js (the pane's
 * .xlsx reader, loaded only when the user picks files), the icons and the manifest. Office.js comes from Microsoft's CDN, the only way Microsoft supports it (the npm copy
 * is frozen and the store refuses add-ins that serve it themselves); the page loads nothing else
 * from outside its own origin, and the add-in sends nothing anywhere.
 *
 *   npm run build          manifest addressed to ADDIN_URL / package.json config.addinUrl; while that
 *                          is still the placeholder (thads.example.vn) the manifest is marked as a
 *                          test build in its DisplayName and Description, so it cannot pass for one
 *                          to deploy
 *   npm run build:release  the manifest to deploy: refuses the placeholder address
 *   npm run build:dev      development: readable, manifest keeps https://localhost:3000/
 *   npm run dev-server     serves the development build on https://localhost:3000 (office-addin-dev-certs)
 *
 * A second configuration builds the standalone page dist/web/index.html (src/web): one file holding
 * its script and styles, so that it works opened from disk (file://) and asks for nothing.
 */
/* eslint-env node */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const pkg = require("./package.json");

const DEV_URL = "https://localhost:3000/";
const DEV_PORT = 3000;
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
/** Microsoft's supported address of Office.js ("Referencing the Office JavaScript API library"). */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** package.json's address until an office sets its own: a manifest pointing there reaches nobody. */
const PLACEHOLDER_HOST = "thads.example.vn";
const TEST_MARK = " [TEST BUILD: not for deployment, set ADDIN_URL]";

/** The production address of the add-in, with a trailing slash: ADDIN_URL, else package.json config.addinUrl. */
function productionUrl() {
  const configured = process.env.ADDIN_URL || (pkg.config && pkg.config.addinUrl);
  if (!configured) throw new Error("No add-in address: set ADDIN_URL or package.json config.addinUrl (https://…/).");
  const url = configured.endsWith("/") ? configured : `${configured}/`;
  if (!/^https:\/\/[^/\s]+\//.test(url) || url.includes("localhost")) {
    throw new Error(`The add-in address must be an https address other than localhost: "${configured}".`);
  }
  return url;
}

const isPlaceholder = (url) => new URL(url).hostname === PLACEHOLDER_HOST;

/** The manifest as built: addresses replaced; a placeholder address marks it as a test build (its names say so). */
function manifestFor(content, addinUrl) {
  let xml = content.split(DEV_URL).join(addinUrl);
  if (isPlaceholder(addinUrl)) {
    xml = xml.replace(/(<(?:DisplayName|Description) DefaultValue=")([^"]*)"/g, `$1$2${TEST_MARK}"`);
  }
  return xml;
}

/**
 * Puts Office.js from the CDN first in the page's <head>, as a blocking script: the bundles
 * (deferred) call Office and CustomFunctions, so office.js must have run before them. The template
 * must not load Office.js itself.
 */
class OfficeJsPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("OfficeJsPlugin", (compilation) => {
      const hooks = HtmlWebpackPlugin.getCompilationHooks(compilation);
      hooks.alterAssetTagGroups.tap("OfficeJsPlugin", (data) => {
        data.headTags.unshift(HtmlWebpackPlugin.createHtmlTagObject("script", { src: OFFICE_JS_CDN }));
        return data;
      });
      hooks.beforeEmit.tap("OfficeJsPlugin", (data) => {
        const loads = data.html.match(/<script\b[^>]*\bsrc=["']?[^"'\s>]*\boffice(\.debug)?\.js\b/g) || [];
        if (loads.length !== 1) {
          compilation.errors.push(
            new compiler.webpack.WebpackError(`${data.outputName}: Office.js is loaded ${loads.length} times; the template must not load it (the build adds ${OFFICE_JS_CDN}).`),
          );
        }
        return data;
      });
    });
  }
}

/**
 * Puts each bundle of the page inside it as a classic inline script (file:// pages may not load
 * module scripts, and a page copied alone must still work) and drops the separate .js file.
 */
class InlineScriptsPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("InlineScriptsPlugin", (compilation) => {
      const inlined = [];
      HtmlWebpackPlugin.getCompilationHooks(compilation).alterAssetTagGroups.tap("InlineScriptsPlugin", (data) => {
        for (const tag of [...data.headTags, ...data.bodyTags]) {
          const src = tag.tagName === "script" && tag.attributes.src;
          if (!src || !compilation.assets[src]) continue;
          // "</script" inside the code would end the element early.
          tag.innerHTML = compilation.assets[src].source().toString().replace(/<\/script/gi, "<\\/script");
          delete tag.attributes.src;
          delete tag.attributes.defer;
          inlined.push(src);
        }
        return data;
      });
      HtmlWebpackPlugin.getCompilationHooks(compilation).afterEmit.tap("InlineScriptsPlugin", (data) => {
        for (const src of inlined.splice(0)) compilation.deleteAsset(src);
        return data;
      });
    });
  }
}

/** TypeScript through ts-loader; ES modules let webpack drop unused core code; type errors are `npm run typecheck`'s job. */
function typeScriptRule(sourceMap) {
  return {
    test: /\.ts$/,
    exclude: /node_modules/,
    loader: "ts-loader",
    options: { transpileOnly: true, compilerOptions: { module: "es2020", moduleResolution: "node10", sourceMap } },
  };
}

/**
 * Reading .xlsx files in a browser (the page, and the pane's "Thêm tệp…"): ExcelJS's browser build,
 * Node's path by src/web/path.ts, no fs (only the command writes files).
 */
const browserResolve = {
  extensions: [".ts", ".js"],
  alias: { exceljs$: require.resolve("exceljs/dist/exceljs.min.js"), path$: path.resolve(__dirname, "src/web/path.ts") },
  fallback: { fs: false },
};

/** ExcelJS's browser build is already bundled and minified: parsing it again gains nothing. */
const EXCELJS_BUILT = /exceljs[\\/]dist[\\/]exceljs\.min\.js$/;

/** The standalone page: one file, ExcelJS inside it. */
function webConfig(dev) {
  return {
    name: "web",
    mode: dev ? "development" : "production",
    devtool: false,
    entry: { page: "./src/web/page.ts" },
    output: { path: path.resolve(__dirname, "dist/web"), filename: "[name].js", clean: true },
    resolve: browserResolve,
    module: { noParse: EXCELJS_BUILT, rules: [typeScriptRule(false)] },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/web/index.html",
        inject: "body",
        scriptLoading: "blocking",
        // The inlined bundle is minified already; minifying it again inside the HTML only costs time.
        minify: dev ? false : { collapseWhitespace: true, removeComments: true, minifyCSS: true, minifyJS: false },
      }),
      new InlineScriptsPlugin(),
    ],
    performance: { hints: false },
  };
}

/** Dev certificates are needed only to serve; a build must work on a machine without them. */
async function devServerHttps() {
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const addinUrl = dev ? DEV_URL : productionUrl();
  if (!dev && env && env.release && isPlaceholder(addinUrl)) {
    throw new Error(
      `build:release refuses to write a manifest for ${addinUrl}, the placeholder address: ` +
        "set ADDIN_URL=https://<your server>/<path>/ (or package.json config.addinUrl) and build again.",
    );
  }

  const addin = {
    name: "addin",
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      functions: FUNCTIONS_SOURCE,
      taskpane: "./src/taskpane/taskpane.ts",
      // The pane's file reader (ExcelJS inside), a bundle of its own that taskpane.js loads from its own
      // folder when the user first picks files (src/taskpane/files-pane.ts) and that sets window.thadsFiles.
      // Not an import() chunk: modules shared with a chunk can no longer be concatenated, which made
      // taskpane.js 10% larger; this bundle carries its own copy of what it uses instead.
      files: { import: "./src/taskpane/files-view.ts", library: { type: "window", name: "thadsFiles" } },
      // The year's reports (So với cùng kỳ, Diễn biến theo tháng), the same way: loaded once the pane is up.
      year: { import: "./src/taskpane/year-view.ts", library: { type: "window", name: "thadsYear" } },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // dist/web/ is the page's build (webConfig), not this one's to clean.
      clean: { keep: /^web[\\/]/ },
    },
    resolve: browserResolve,
    module: { noParse: EXCELJS_BUILT, rules: [typeScriptRule(dev)] },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // In a shared runtime this page is also the functions' page: without functions.js every THADS.* shows #N/A.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new OfficeJsPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/support.html", to: "support.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content.toString() : manifestFor(content.toString(), addinUrl)),
          },
        ],
      }),
    ],
    performance: {
      hints: dev ? false : "warning",
      // files.js is large (ExcelJS) but loaded only when files are picked: its budget is the bench's.
      assetFilter: (name) => name.endsWith(".js") && name !== "files.js",
    },
    devServer: serving
      ? {
          port: DEV_PORT,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await devServerHttps() },
        }
      : undefined,
  };
  return serving ? addin : [addin, webConfig(dev)];
};
