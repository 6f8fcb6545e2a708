/* eslint-disable @typescript-eslint/no-require-imports */
const path = require("node:path");
const fs = require("node:fs");
const os = require("node:os");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const PORT = 3000;

/**
 * The certificate office-addin-dev-certs installs (~/.office-addin-dev-certs), read only when the
 * dev server starts, so that a production build needs no certificate at all.
 */
function devCertificates() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (!fs.existsSync(path.join(dir, files.key))) {
    console.warn(`No dev certificate in ${dir}: run "npx --yes office-addin-dev-certs@3 install" (needs network the first time).`);
    return undefined;
  }
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
}

module.exports = (env, argv) => {
  const dev = argv.mode !== "production";
  // webpack-cli sets WEBPACK_SERVE for `webpack serve` only: a build never looks for certificates.
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist/web"),
      filename: "[name].[contenthash].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking is `tsc --noEmit`'s job; the bundle only needs the JavaScript, which
          // esbuild strips in about a third of the CPU ts-loader took (README, test times).
          // It reads tsconfig.json's jsx setting; imports are left for webpack to shake.
          use: { loader: "esbuild-loader", options: { target: "es2022" } },
        },
        // Fluent's components import their icons from the icon package's index, which webpack can
        // only search by parsing all of its 16 MB: pointed at each icon's own file instead.
        {
          test: /\.js$/,
          include: /node_modules[\\/]@fluentui[\\/](?!react-icons[\\/])/,
          use: path.resolve(__dirname, "scripts/webpack-fluent-icons.cjs"),
        },
        // The example plan the pane offers: a file beside the pane, fetched only when asked for.
        { test: /\.xlsx$/, type: "asset/resource", generator: { filename: "examples/[name].[contenthash][ext]" } },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: serving
      ? {
          port: PORT,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: devCertificates() },
          static: false,
        }
      : undefined,
  };
};
