/**
 * Builds the add-in into dist/: functions.js + functions.json (custom functions), taskpane.html +
 * taskpane.js (the page of the shared runtime, which also loads functions.js), the icons, a local copy
 * of Office.js (the add-in calls no other origin than its own) and the production manifest.xml.
 *
 *   npm run build        production: minified, manifest addressed to ADDIN_URL / package.json config.addinUrl
 *   npm run build:dev    development: readable, manifest keeps https://localhost:3000/
 *   npm run dev-server   serves the development build on https://localhost:3000 (office-addin-dev-certs)
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
const OFFICE_JS_DIR = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
const OFFICE_JS_OUT = "office/";

/**
 * The files office.js loads at run time in Excel 2016+ (the shared runtime needs a 16.x host), kept
 * next to it so that it loads them from the add-in's own origin. Not copied on purpose: the *.debug.js
 * variants, the other Office hosts, webauth (SSO, unused), the telemetry scripts (they post to
 * Microsoft's collectors; without them office.js simply logs nothing) and the Office 2013 files,
 * o15apptofilemappingtable.js included: office.js asks for it only when no Office host is there (a
 * plain browser), and it opens Microsoft's telemetry frame. Outside Office, Office.onReady therefore
 * never resolves; tests serve a stand-in for office.js.
 */
const OFFICE_JS_FILES = ["office.js", "excel-*-16.*.js", "*/office_strings.js"];

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

/**
 * Puts the local office.js first in the page's <head>, as a blocking script: the bundles (deferred)
 * call Office and CustomFunctions, so office.js must have run before them. The template must not load
 * Office.js itself, from the CDN or elsewhere.
 */
class LocalOfficeJsPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("LocalOfficeJsPlugin", (compilation) => {
      const hooks = HtmlWebpackPlugin.getCompilationHooks(compilation);
      hooks.alterAssetTagGroups.tap("LocalOfficeJsPlugin", (data) => {
        const officeJs = HtmlWebpackPlugin.createHtmlTagObject("script", { src: `${OFFICE_JS_OUT}office.js` });
        data.headTags.unshift(officeJs);
        return data;
      });
      hooks.beforeEmit.tap("LocalOfficeJsPlugin", (data) => {
        const loads = data.html.match(/<script\b[^>]*\bsrc=["']?[^"'\s>]*\boffice(\.debug)?\.js\b/g) || [];
        if (loads.length !== 1) {
          compilation.errors.push(
            new compiler.webpack.WebpackError(`${data.outputName}: Office.js is loaded ${loads.length} times; the template must not load it (the build adds ${OFFICE_JS_OUT}office.js).`),
          );
        }
        return data;
      });
    });
  }
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

  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      functions: FUNCTIONS_SOURCE,
      taskpane: "./src/taskpane/taskpane.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          // ES modules let webpack drop unused core code from functions.js; type errors are `npm run typecheck`'s job.
          options: { transpileOnly: true, compilerOptions: { module: "es2020", moduleResolution: "node10", sourceMap: dev } },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // In a shared runtime this page is also the functions' page: without functions.js every THADS.* shows #N/A.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new LocalOfficeJsPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          ...OFFICE_JS_FILES.map((glob) => ({
            from: glob,
            context: OFFICE_JS_DIR,
            to: OFFICE_JS_OUT,
            globOptions: { ignore: ["**/*.debug.js"] },
            info: { minimized: true }, // already minified by Microsoft; Terser would only spend minutes on it
          })),
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().split(DEV_URL).join(addinUrl),
          },
        ],
      }),
    ],
    performance: {
      hints: dev ? false : "warning",
      assetFilter: (name) => name.endsWith(".js") && !name.startsWith(OFFICE_JS_OUT),
    },
    devServer: serving
      ? {
          port: DEV_PORT,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await devServerHttps() },
        }
      : undefined,
  };
};
