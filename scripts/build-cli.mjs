/**
 * Builds the command-line tool: src/cli bundled by esbuild into one file per entry (the CLI and
 * the worker thread of `check DIR`), so that a run loads one script rather than compiling some
 * hundred modules one by one (0.1 to 0.2 s of every run). Type-checking stays with tsc
 * (`npm run typecheck`).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import Module from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
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
await build({
  entryPoints: [path.join(root, "src/cli/main.ts"), path.join(root, "src/cli/check-worker.ts")],
  outdir,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  // Used only when the CLI runs from its TypeScript source (tests), never from the bundle.
  external: ["tsx/cjs/api"],
  plugins: [zodEnglishOnly],
  logLevel: "warning",
});

/**
 * V8's compiled code for the CLI, kept beside it for bin/action-plan.js to load it with. Made
 * after checking a sample plan, so that it holds the code a check and a checked copy run, not only the top level.
 */
async function writeCodeCache(file, sample) {
  const source = readFileSync(file, "utf8");
  const script = new vm.Script(Module.wrap(source), { filename: file });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(file), module, file, path.dirname(file));
  if (existsSync(sample)) {
    const quiet = { out: () => undefined, err: () => undefined, today: () => "2016-06-30" };
    await module.exports.main(["check", "--json", sample], quiet);
    // And the writing of a checked copy, into a folder thrown away after.
    const dir = mkdtempSync(path.join(tmpdir(), "action-plan-build-"));
    try {
      await module.exports.main(["check", sample, "--out", path.join(dir, "checked.xlsx")], quiet);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  // Named by the bundle's hash, as bin/action-plan.js looks for it.
  writeFileSync(`${file}.${createHash("sha256").update(source).digest("hex").slice(0, 16)}.cache`, script.createCachedData());
}

await writeCodeCache(path.join(outdir, "main.js"), path.join(root, "examples/lac-progress-2016.xlsx"));
