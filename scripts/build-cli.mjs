/**
 * Builds the command-line tool: src/cli bundled by esbuild into one file per entry (the CLI and
 * the worker thread of `check DIR`), so that a run loads one script rather than compiling some
 * hundred modules one by one (0.1 to 0.2 s of every run), and zod in a file of its own, loaded
 * only by a run that uses it (see lazyZod). Type-checking stays with tsc (`npm run typecheck`).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import Module from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// The CLI walks up from dist/node/cli to find package.json; the worker is found beside the CLI.
const outdir = path.join(root, "dist/node/cli");
rmSync(path.join(root, "dist/node"), { recursive: true, force: true });

/**
 * zod's messages in every language it knows are half of what the CLI would load (370 KB). The
 * CLI speaks English only, and zod's default, English, is the one kept.
 */
const zodEnglishOnly = {
  name: "zod-english-only",
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: 'export { default as en } from "./en.js";',
      resolveDir: path.dirname(args.path),
    }));
  },
};
/**
 * zod's reader of JSON Schema, which the CLI never calls, copies all of zod's exports into an
 * object as it loads (some 3 ms of every run).
 */
const zodWithoutFromJsonSchema = {
  name: "zod-without-from-json-schema",
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]classic[\\/]from-json-schema\.js$/ }, () => ({
      contents: 'export function fromJSONSchema() { throw new Error("z.fromJSONSchema is left out of the CLI (scripts/build-cli.mjs)"); }',
    }));
  },
};

/**
 * fflate builds its Huffman tables when it is loaded (some 5 to 10 ms of every run), yet the CLI
 * inflates and deflates with Node's zlib (src/cli/native-zip.ts) and mostly needs only fflate's
 * text helpers, which in Node are TextEncoder and TextDecoder. Those are given here as fflate
 * gives them; the rest of fflate is loaded on first use (esbuild runs a module that is
 * require()d only when it is first required).
 */
const lazyFflate = {
  name: "lazy-fflate",
  setup(build) {
    // fflate itself, wherever npm put it, for the module below; for src, the stand-in.
    build.onResolve({ filter: /^fflate$/ }, (args) => (args.importer === "fflate-used" ? undefined : { path: "fflate", namespace: "lazy-fflate" }));
    build.onResolve({ filter: /^fflate-used$/ }, () => ({ path: "fflate-used", namespace: "lazy-fflate" }));
    // What src uses of fflate, imported (not required) from it, so that esbuild leaves out the rest.
    build.onLoad({ filter: /^fflate-used$/, namespace: "lazy-fflate" }, () => ({
      resolveDir: root,
      contents: 'export { Deflate, inflateSync, strFromU8, strToU8, zipSync } from "fflate";',
    }));
    build.onLoad({ filter: /^fflate$/, namespace: "lazy-fflate" }, () => ({
      resolveDir: root,
      contents: `
        const fflate = () => require("fflate-used");
        const encoder = new TextEncoder();
        const decoder = new TextDecoder();
        export const strToU8 = (text, latin1) => (latin1 ? fflate().strToU8(text, latin1) : encoder.encode(text));
        export const strFromU8 = (bytes, latin1) => (latin1 ? fflate().strFromU8(bytes, latin1) : decoder.decode(bytes));
        export const inflateSync = (...args) => fflate().inflateSync(...args);
        export const zipSync = (...args) => fflate().zipSync(...args);
        export function Deflate(...args) {
          return new (fflate().Deflate)(...args);
        }`,
    }));
  },
};
/**
 * zod takes some 10 ms to load (its classes, and the getters of its namespaces' 700 exports),
 * and a run needs it only to read a config file, a stored report or a command line with values
 * to check. So zod is a bundle of its own, zod.js beside the CLI, and src's `z` is given here as
 * a stand-in that loads it when first used: every schema in src is made on first use
 * (src/engine/lazy-schema.ts), so a run that reads none never touches `z` or reads zod.js.
 * zod keeps no state our code shares, so the CLI and the worker may each load it.
 */
const lazyZod = {
  name: "lazy-zod",
  setup(build) {
    build.onResolve({ filter: /^zod$/ }, (args) => (args.importer === "zod-entry" ? undefined : { path: "zod", namespace: "lazy-zod" }));
    build.onResolve({ filter: /^zod-entry$/ }, () => ({ path: "zod-entry", namespace: "lazy-zod" }));
    build.onResolve({ filter: /^\.\/zod\.js$/ }, (args) => (args.namespace === "lazy-zod" ? { path: "./zod.js", external: true } : undefined));
    // zod.js: the ES module build of zod, which the plugins above trim.
    build.onLoad({ filter: /^zod-entry$/, namespace: "lazy-zod" }, () => ({ resolveDir: root, contents: 'export { z } from "zod";' }));
    build.onLoad({ filter: /^zod$/, namespace: "lazy-zod" }, () => ({
      resolveDir: root,
      contents: `
        let zod;
        const loaded = () => (zod ??= require("./zod.js").z);
        export const z = new Proxy({}, {
          get: (_, key) => loaded()[key],
          has: (_, key) => key in loaded(),
        });`,
    }));
  },
};

/**
 * node:worker_threads (with the performance timers it loads) takes some 4 ms to load, yet a run
 * starts a thread only for a large checked copy or many plans. The CLI's imports of it are given
 * here as stand-ins that load it on first use; the worker's own entry imports the real module.
 */
const lazyWorkerThreads = {
  name: "lazy-worker-threads",
  setup(build) {
    // The stand-in's own require, and the worker's imports, are of Node's module.
    build.onResolve({ filter: /^node:worker_threads$/ }, (args) =>
      args.namespace === "lazy-worker-threads" || /[\\/]check-worker\.ts$/.test(args.importer)
        ? { path: "node:worker_threads", external: true }
        : { path: "node:worker_threads", namespace: "lazy-worker-threads" },
    );
    build.onLoad({ filter: /.*/, namespace: "lazy-worker-threads" }, () => ({
      contents: `
        const threads = () => require("node:worker_threads");
        export function Worker(...args) {
          return new (threads().Worker)(...args);
        }
        export function MessageChannel() {
          return new (threads().MessageChannel)();
        }
        export const receiveMessageOnPort = (port) => threads().receiveMessageOnPort(port);`,
    }));
  },
};
await build({
  entryPoints: [path.join(root, "src/cli/main.ts"), path.join(root, "src/cli/check-worker.ts"), { in: "zod-entry", out: "zod" }],
  outdir,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  // Used only when the CLI runs from its TypeScript source (tests), never from the bundle.
  external: ["tsx/cjs/api"],
  plugins: [zodEnglishOnly, zodWithoutFromJsonSchema, lazyFflate, lazyWorkerThreads, lazyZod],
  logLevel: "warning",
});

/**
 * esbuild escapes what is not ASCII in strings but leaves it in regular expressions ("£", "–"),
 * and one such character makes Node read the whole bundle as two-byte text, twice the memory
 * and some 4 ms more of every run. Escaped (\u00a3) a character matches as it did; a character
 * already escaped with a backslash (`\£`) would not survive this, so it stops the build.
 */
function escapeNonAscii(file) {
  const text = readFileSync(file, "utf8");
  if (/\\[^\x00-\x7f]/.test(text)) throw new Error(`${file} has a non-ASCII character after a backslash: escape it in the source`);
  writeFileSync(file, text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
}
for (const entry of ["main.js", "check-worker.js", "zod.js"]) escapeNonAscii(path.join(outdir, entry));

// The loader bin/action-plan.js runs the CLI with, so that the code made here is for the bundles as a run loads them.
const { bundleLoader, codeFileOf, setRunFlags } = Module.createRequire(import.meta.url)("../bin/load-bundle.js");

/**
 * V8's compiled code for the CLI and the bundles it loads (zod.js), kept beside each for
 * bin/action-plan.js to load it with. Made after checking a sample plan, so that it holds the
 * code a check, a checked copy and clear run, not only the top level; and one check whose
 * options and config file zod reads, for zod's.
 */
async function writeCodeCache(file, sample) {
  // zlib.crc32 came in Node 20.15; before it, bin/action-plan.js does without the code.
  if (codeFileOf(file, readFileSync(file)) === null) return;
  // Run without code, to make it: a bundle beside this one (zod.js) is loaded by the same loader.
  const { load, loaded } = bundleLoader(() => undefined);
  const cli = load(file);
  if (existsSync(sample)) {
    const quiet = { out: () => undefined, err: () => undefined, today: () => "2016-06-30" };
    await cli.main(["check", "--json", sample], quiet);
    // And the writing of a checked copy, with the text report, and its clearing, and a check
    // with a config file, in a folder thrown away after.
    const dir = mkdtempSync(path.join(tmpdir(), "action-plan-build-"));
    try {
      await cli.main(["check", sample, "--out", path.join(dir, "checked.xlsx")], quiet);
      await cli.main(["clear", path.join(dir, "checked.xlsx"), "--out", path.join(dir, "cleared.xlsx")], quiet);
      const config = path.join(dir, "config.json");
      writeFileSync(config, JSON.stringify({ asOf: "2016-06-30", locale: "en-GB", rules: { "rag-missing": { severity: "error" } } }));
      await cli.main(["check", "--json", sample, "--config", config, "--as-of", "2016-06-30", "--due-within", "28"], quiet);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  // V8 rejects code made under other flags than it runs with, and a large copy turns on
  // --expose-gc (src/cli/collect-garbage.ts) and lets the young generation grow
  // (src/cli/young-generation.ts): both set again as a run of the CLI starts.
  setFlagsFromString("--no-expose-gc");
  setRunFlags();
  for (const [bundle, { bytes, script }] of loaded) {
    const cacheFile = codeFileOf(bundle, bytes);
    writeFileSync(cacheFile, script.createCachedData());
    warnIfRejected(bundle, cacheFile);
  }
}

/**
 * Code V8 rejects is silently compiled afresh: the CLI still works, only slower (the cache was
 * rejected, unnoticed, for as long as writing a copy changed V8's flags). So a fresh Node, as a run
 * of the CLI starts, loads the code here, and a rejection is said.
 */
function warnIfRejected(file, cacheFile) {
  const probe = `
    const { readFileSync } = require("node:fs");
    const { wrap } = require("node:module");
    const { Script } = require("node:vm");
    const [file, cacheFile, loader] = process.argv.slice(1);
    require(loader).setRunFlags();
    const script = new Script(wrap(readFileSync(file, "utf8")), { filename: file, cachedData: readFileSync(cacheFile) });
    process.stdout.write(String(script.cachedDataRejected));`;
  const { stdout, status } = spawnSync(process.execPath, ["-e", probe, file, cacheFile, path.join(root, "bin/load-bundle.js")], { encoding: "utf8" });
  if (status !== 0 || stdout !== "false") console.warn(`V8 rejects the code cache made for ${path.relative(root, file)}: every run will compile the CLI afresh.`);
}

await writeCodeCache(path.join(outdir, "main.js"), path.join(root, "examples/lac-progress-2016.xlsx"));
