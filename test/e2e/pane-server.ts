/**
 * What the pane's browser tests share: the add-in's own webpack build (plus the office.js
 * stand-in for the Excel state), a static server on 127.0.0.1, and office.js from node_modules
 * in place of Microsoft's CDN.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import path from "node:path";
import webpack, { type Configuration } from "webpack";

export const ROOT = path.resolve(__dirname, "../..");
const OFFICE_JS_DIR = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const STAND_IN_ENTRY = "office-stand-in";

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Configuration;

/**
 * The same webpack config the add-in ships with, built into `outDir`, with one more entry: the
 * office.js stand-in, which no page of the add-in loads (its HTML pages name their chunks).
 * Returns the stand-in's file.
 */
export async function buildPane(outDir: string): Promise<{ standIn: string }> {
  const factory = createRequire(__filename)(path.join(ROOT, "webpack.config.js")) as ConfigFactory;
  const config = factory({}, { mode: "production" });
  const entry = { ...(config.entry as Record<string, string>), [STAND_IN_ENTRY]: "./test/e2e/office-stand-in.ts" };
  // Minifying takes most of the build's time and changes nothing these tests look at.
  const built: Configuration = { ...config, entry, context: ROOT, output: { ...config.output, path: outDir }, optimization: { ...config.optimization, minimize: false } };
  await new Promise<void>((resolve, reject) =>
    webpack(built).run((error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
  const standIn = readdirSync(outDir).find((name) => name.startsWith(`${STAND_IN_ENTRY}.`) && name.endsWith(".js"));
  if (!standIn) throw new Error("the office.js stand-in was not built");
  return { standIn: path.join(outDir, standIn) };
}

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".png": "image/png", ".xml": "application/xml", ".txt": "text/plain" };

/** A static server for the built pane on 127.0.0.1, on a port the system picks. */
export async function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = path.join(dir, path.normalize(name).replace(/^([/\\])+/, ""));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** office.js and the files it loads, from the npm package instead of appsforoffice.microsoft.com. */
export function officeJsFile(url: string): string | null {
  const rest = new URL(url).pathname.replace(/^\/lib\/1\/hosted\//, "");
  const file = path.join(OFFICE_JS_DIR, path.normalize(rest));
  return file.startsWith(OFFICE_JS_DIR) && existsSync(file) && statSync(file).isFile() ? file : null;
}
