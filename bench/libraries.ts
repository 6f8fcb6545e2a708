/**
 * `npm run bench:libraries`: the zip library and the XML tokenizer, chosen by measurement
 * (issue 11). On generated plans of 10,000 and 50,000 rows and on the Excel-made workbooks with
 * the largest sheets (../shared/corpus/excel-made, skipped with a notice when absent), it
 * measures, each candidate in a process of its own, three times, the median:
 *
 * - zip: opening the package and inflating the largest sheet and the shared strings, with our
 *   zip.ts over fflate's inflateSync (what the product does), fflate's unzipSync and its
 *   streaming Unzip, @zip.js/zip.js and JSZip, and node:zlib as a Node-only reference;
 * - XML: reading that sheet as the sheet reader does (every tag, the r, t and s of each cell, the
 *   text of each value) with our tokenizer, saxes, sax, htmlparser2 and txml, with the counts
 *   each one saw, so that a faster candidate that misses events shows;
 * - the size, minified and gzipped, of what a browser would load for each, bundled by esbuild.
 *
 * Time is the task alone, cold (the first call in a fresh process, as the CLI runs it) and warm
 * (three more calls in that process, as a worker of `check DIR` runs its later files): module
 * loading and reading the file are outside it. Memory is the peak resident set the first call
 * added (max RSS after it less max RSS before it). Writes bench/LIBRARIES.md.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { WorkbookFileError } from "../src/adapters/xlsx/errors";
import { crc32, inflateEntry, rawData, readDirectory, type ZipEntry } from "../src/adapters/xlsx/zip";
import { machine, median } from "./measure";

const ROOT = path.resolve(__dirname, "..");
const CORPUS = path.resolve(ROOT, "../shared/corpus/excel-made");
const SIZES = [10_000, 50_000];
const RUNS = 3;

/** One measured task, run in a child process: which library does what to which parts of a file. */
interface Job {
  kind: "zip" | "xml";
  candidate: string;
  file: string;
  /** The sheet first, then the shared strings when the workbook has them. */
  parts: string[];
}

/** What a child reports: its time, the memory it added, and what it saw, to compare candidates. */
interface Outcome {
  ms: number;
  /** The median of three more calls in the same process, once the code is compiled. */
  warmMs: number;
  addedMb: number;
  seen: string;
}

/** Peak resident set so far, in kB. */
const maxRss = () => process.resourceUsage().maxRSS;

// ---------------------------------------------------------------- zip candidates

type Unzipper = (bytes: Uint8Array, parts: string[]) => Promise<Uint8Array[][]>;

function entriesNamed(bytes: Uint8Array, parts: string[]): ZipEntry[] {
  const entries = readDirectory(bytes);
  return parts.map((part) => entries.find((e) => e.name === part)!);
}

/** Each candidate loads its module first, so that loading is not timed; gives the task. */
const ZIP: Record<string, () => Promise<Unzipper>> = {
  "ours: zip.ts + fflate inflateSync": async () => async (bytes, parts) => entriesNamed(bytes, parts).map((e) => [inflateEntry(bytes, e)]),
  "fflate unzipSync (filtered)": async () => {
    const { unzipSync } = await import("fflate");
    return async (bytes, parts) => {
      const files = unzipSync(bytes, { filter: (f) => parts.includes(f.name) });
      return parts.map((p) => [files[p]]);
    };
  },
  "fflate Unzip (streaming, 64 KB chunks)": async () => {
    const { Unzip, UnzipInflate } = await import("fflate");
    return async (bytes, parts) => {
      const chunks = new Map<string, Uint8Array[]>(parts.map((p) => [p, []]));
      const unzip = new Unzip((file) => {
        const into = chunks.get(file.name);
        if (!into) return;
        file.ondata = (error, data) => {
          if (error) throw error;
          into.push(data);
        };
        file.start();
      });
      unzip.register(UnzipInflate);
      const step = 64 * 1024;
      for (let at = 0; at < bytes.length; at += step) unzip.push(bytes.subarray(at, at + step), at + step >= bytes.length);
      return parts.map((p) => chunks.get(p)!);
    };
  },
  "@zip.js/zip.js ZipReader": async () => {
    const { configure, ZipReader, Uint8ArrayReader, Uint8ArrayWriter } = await import("@zip.js/zip.js");
    // Worker threads would add their start to every file; the CLI already runs files on workers.
    configure({ useWebWorkers: false });
    return async (bytes, parts) => {
      const reader = new ZipReader(new Uint8ArrayReader(bytes));
      const entries = await reader.getEntries();
      const out: Uint8Array[][] = [];
      for (const part of parts) {
        const entry = entries.find((e) => e.filename === part);
        if (!entry || entry.directory) throw new Error(`${part} not found by zip.js`);
        out.push([await entry.getData(new Uint8ArrayWriter())]);
      }
      await reader.close();
      return out;
    };
  },
  "JSZip loadAsync": async () => {
    const JSZip = (await import("jszip")).default;
    return async (bytes, parts) => {
      const zip = await JSZip.loadAsync(bytes);
      return Promise.all(parts.map(async (p) => [await zip.file(p)!.async("uint8array")]));
    };
  },
  "node:zlib inflateRawSync (reference, Node only)": async () => async (bytes, parts) =>
    entriesNamed(bytes, parts).map((e) => [new Uint8Array(zlib.inflateRawSync(rawData(bytes, e)))]),
};

/** What a zip candidate gave back: each part's size and CRC, which every candidate must match. */
function zipSeen(parts: Uint8Array[][]): string {
  return parts
    .map((chunks) => {
      const whole = Buffer.concat(chunks);
      return `${whole.length} bytes, crc ${crc32(whole).toString(16)}`;
    })
    .join("; ");
}

// ---------------------------------------------------------------- XML candidates

/** What the sheet reader needs of a sheet: every element, each cell's r, t and s, each value's text. */
class Tally {
  elements = 0;
  cells = 0;
  attributeChars = 0;
  valueChars = 0;

  open(name: string, attr: (name: string) => string | undefined): void {
    this.elements++;
    if (localName(name) !== "c") return;
    this.cells++;
    this.attributeChars += (attr("r") ?? "").length + (attr("t") ?? "").length + (attr("s") ?? "").length;
  }

  toString(): string {
    return `${this.elements} elements, ${this.cells} cells, ${this.attributeChars} attribute chars, ${this.valueChars} value chars`;
  }
}

const localName = (name: string) => name.slice(name.indexOf(":") + 1);

type Tokenize = (xml: string, part: string) => Tally;

const XML: Record<string, () => Promise<Tokenize>> = {
  "ours: XmlTokens (src/adapters/xlsx/xml.ts)": async () => {
    const { XmlTokens } = await import("../src/adapters/xlsx/xml");
    return (xml, part) => {
      const tally = new Tally();
      const tokens = new XmlTokens(xml, part);
      while (tokens.next()) {
        if (tokens.closing) continue;
        tally.open(tokens.name, (name) => tokens.attr(name));
        if (tokens.name === "v" && !tokens.selfClosing) tally.valueChars += tokens.text().length;
      }
      return tally;
    };
  },
  "saxes 6": async () => {
    const { SaxesParser } = await import("saxes");
    return (xml) => {
      const tally = new Tally();
      const parser = new SaxesParser();
      let inValue = false;
      parser.on("opentag", (tag) => {
        tally.open(tag.name, (name) => tag.attributes[name] as string | undefined);
        inValue = localName(tag.name) === "v";
      });
      parser.on("text", (text) => {
        if (inValue) tally.valueChars += text.length;
      });
      parser.on("closetag", () => (inValue = false));
      parser.write(xml).close();
      return tally;
    };
  },
  "sax 1.6 (strict)": async () => {
    // sax is CommonJS without an ES module face: its exports arrive as the default.
    const sax = (await import("sax")).default;
    return (xml) => {
      const tally = new Tally();
      const parser = sax.parser(true);
      let inValue = false;
      parser.onopentag = (tag) => {
        tally.open(tag.name, (name) => tag.attributes[name] as string | undefined);
        inValue = localName(tag.name) === "v";
      };
      parser.ontext = (text) => {
        if (inValue) tally.valueChars += text.length;
      };
      parser.onclosetag = () => (inValue = false);
      parser.write(xml).close();
      return tally;
    };
  },
  "htmlparser2 12 (xmlMode)": async () => {
    const { Parser } = await import("htmlparser2");
    return (xml) => {
      const tally = new Tally();
      let inValue = false;
      const parser = new Parser(
        {
          onopentag: (name, attributes) => {
            tally.open(name, (n) => attributes[n]);
            inValue = localName(name) === "v";
          },
          ontext: (text) => {
            if (inValue) tally.valueChars += text.length;
          },
          onclosetag: () => (inValue = false),
        },
        { xmlMode: true },
      );
      parser.write(xml);
      parser.end();
      return tally;
    };
  },
  "txml 6 (builds a tree)": async () => {
    const { parse } = await import("txml");
    type TNode = { tagName: string; attributes: Record<string, string | null>; children: Array<TNode | string> };
    return (xml) => {
      const tally = new Tally();
      const walk = (nodes: Array<TNode | string>, inValue: boolean) => {
        for (const node of nodes) {
          if (typeof node === "string") {
            if (inValue) tally.valueChars += node.length;
            continue;
          }
          // txml keeps the XML declaration as a node; the other tokenizers skip it.
          if (node.tagName.startsWith("?")) continue;
          tally.open(node.tagName, (name) => node.attributes[name] ?? undefined);
          walk(node.children, localName(node.tagName) === "v");
        }
      };
      walk(parse(xml, { keepWhitespace: true }) as Array<TNode | string>, false);
      return tally;
    };
  },
};

// ---------------------------------------------------------------- one measured task (child)

async function runJob(job: Job): Promise<Outcome> {
  const bytes = new Uint8Array(fs.readFileSync(job.file));
  if (job.kind === "zip") {
    const unzip = await ZIP[job.candidate]();
    const before = maxRss();
    const start = process.hrtime.bigint();
    const parts = await unzip(bytes, job.parts);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const addedMb = (maxRss() - before) / 1024;
    return { ms, warmMs: await warm(() => unzip(bytes, job.parts)), addedMb, seen: zipSeen(parts) };
  }
  const tokenize = await XML[job.candidate]();
  const sheet = job.parts[0];
  const xml = new TextDecoder().decode(inflateEntry(bytes, entriesNamed(bytes, [sheet])[0]));
  const before = maxRss();
  const start = process.hrtime.bigint();
  const tally = tokenize(xml, sheet);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const addedMb = (maxRss() - before) / 1024;
  return { ms, warmMs: await warm(async () => tokenize(xml, sheet)), addedMb, seen: String(tally) };
}

async function warm(task: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = process.hrtime.bigint();
    await task();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

function measureJob(job: Job): Outcome {
  const runs: Outcome[] = [];
  for (let i = 0; i < RUNS; i++) {
    const child = spawnSync(process.execPath, ["--import", "tsx", __filename, "--job", JSON.stringify(job)], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26 });
    if (child.status !== 0) return { ms: NaN, warmMs: NaN, addedMb: NaN, seen: `failed: ${(child.stderr.trim().split("\n").find((l) => /Error/.test(l)) ?? child.stderr.trim().split("\n").pop() ?? "").slice(0, 160)}` };
    runs.push(JSON.parse(child.stdout.trim().split("\n").pop()!) as Outcome);
  }
  const seen = new Set(runs.map((r) => r.seen));
  return { ms: median(runs.map((r) => r.ms)), warmMs: median(runs.map((r) => r.warmMs)), addedMb: median(runs.map((r) => r.addedMb)), seen: seen.size === 1 ? runs[0].seen : `differs between runs: ${[...seen].join(" / ")}` };
}

// ---------------------------------------------------------------- what the browser loads

/** Each candidate's entry point as the pane would import it: reading and writing for the zips. */
const BUNDLES: Array<{ what: string; entry: string }> = [
  { what: "ours: zip.ts + fflate (inflateSync, deflateSync, strFromU8, strToU8)", entry: `export { readDirectory, inflateEntry, writeZip } from "./src/adapters/xlsx/zip"; export { strFromU8, strToU8 } from "fflate";` },
  { what: "fflate unzipSync + zipSync", entry: `export { unzipSync, zipSync, strFromU8, strToU8 } from "fflate";` },
  { what: "fflate streaming Unzip + Zip", entry: `export { Unzip, UnzipInflate, Zip, ZipDeflate, ZipPassThrough } from "fflate";` },
  { what: "@zip.js/zip.js ZipReader + ZipWriter", entry: `export { configure, ZipReader, ZipWriter, Uint8ArrayReader, Uint8ArrayWriter } from "@zip.js/zip.js";` },
  { what: "@zip.js/zip.js native build (DecompressionStream only, no fallback codec)", entry: `export { configure, ZipReader, ZipWriter, Uint8ArrayReader, Uint8ArrayWriter } from "@zip.js/zip.js/index-native.js";` },
  { what: "JSZip", entry: `export { default } from "jszip";` },
  { what: "ours: XmlTokens", entry: `export { XmlTokens } from "./src/adapters/xlsx/xml";` },
  { what: "saxes 6 (with xmlchars)", entry: `export { SaxesParser } from "saxes";` },
  { what: "sax 1.6 (Node's stream and string_decoder left out)", entry: `export { parser } from "sax";` },
  { what: "htmlparser2 12 Parser", entry: `export { Parser } from "htmlparser2";` },
  // txml's main entry adds a Node stream transform; its parser alone is this subpath.
  { what: "txml 6 parse (txml/txml)", entry: `export { parse } from "txml/txml";` },
];

async function bundleSizes(): Promise<Array<{ what: string; min: number; gzip: number } | { what: string; error: string }>> {
  const esbuild = await import("esbuild");
  const sizes = [];
  for (const { what, entry } of BUNDLES) {
    try {
      const result = await esbuild.build({
        stdin: { contents: entry, resolveDir: ROOT, loader: "ts" },
        bundle: true,
        minify: true,
        format: "esm",
        platform: "browser",
        external: ["stream", "string_decoder"],
        write: false,
        logLevel: "silent",
      });
      const code = result.outputFiles[0].contents;
      sizes.push({ what, min: code.length, gzip: zlib.gzipSync(code, { level: 9 }).length });
    } catch (error) {
      const first = (error as { errors?: Array<{ text: string }> }).errors?.[0]?.text;
      sizes.push({ what, error: first ?? (error instanceof Error ? error.message : String(error)) });
    }
  }
  return sizes;
}

// ---------------------------------------------------------------- the workbooks

interface Workbook {
  label: string;
  file: string;
  parts: string[];
  /** Uncompressed bytes of the sheet and of the shared strings. */
  sizes: number[];
}

/** The largest worksheet and the shared strings, as the checker would read them. */
function partsOf(file: string): Pick<Workbook, "parts" | "sizes"> | null {
  let entries: ZipEntry[];
  try {
    entries = readDirectory(new Uint8Array(fs.readFileSync(file)));
  } catch (error) {
    // A workbook our reader refuses (a corpus file may be encrypted) is no use to compare libraries on.
    if (error instanceof WorkbookFileError) return null;
    throw error;
  }
  const sheets = entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name)).sort((a, b) => b.size - a.size);
  if (sheets.length === 0) return null;
  const strings = entries.find((e) => e.name === "xl/sharedStrings.xml");
  const chosen = strings ? [sheets[0], strings] : [sheets[0]];
  return { parts: chosen.map((e) => e.name), sizes: chosen.map((e) => e.size) };
}

/** The Excel-made workbooks with the most sheet and shared-string XML. */
function realWorkbooks(count: number): Workbook[] {
  if (!fs.existsSync(CORPUS)) {
    console.log(`NOTICE: ${path.relative(ROOT, CORPUS)} is absent: only generated plans are measured.`);
    return [];
  }
  return fs
    .readdirSync(CORPUS)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => ({ label: `excel-made/${f}`, file: path.join(CORPUS, f), ...partsOf(path.join(CORPUS, f)) }))
    .filter((w): w is Workbook => Array.isArray(w.parts))
    .sort((a, b) => b.sizes.reduce((x, y) => x + y, 0) - a.sizes.reduce((x, y) => x + y, 0))
    .slice(0, count);
}

// ---------------------------------------------------------------- report

const fmt = (n: number, digits = 0) => (Number.isNaN(n) ? "–" : n.toLocaleString("en-GB", { maximumFractionDigits: digits, minimumFractionDigits: digits }));
const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`;

function table(kind: Job["kind"], workbook: Workbook): string[] {
  const candidates = Object.keys(kind === "zip" ? ZIP : XML);
  const outcomes = candidates.map((candidate) => {
    const outcome = measureJob({ kind, candidate, file: workbook.file, parts: workbook.parts });
    console.log(`  ${kind} ${candidate.padEnd(48)} ${fmt(outcome.ms, 1).padStart(9)} ms cold ${fmt(outcome.warmMs, 1).padStart(9)} ms warm ${fmt(outcome.addedMb, 1).padStart(7)} MB  ${outcome.seen}`);
    return outcome;
  });
  const reference = outcomes[0].seen;
  return [
    `| ${kind === "zip" ? "zip library" : "XML tokenizer"} | cold ms | warm ms | MB added | what it saw | same as ours |`,
    "| --- | ---: | ---: | ---: | --- | --- |",
    ...candidates.map((c, i) => `| ${c} | ${fmt(outcomes[i].ms, 1)} | ${fmt(outcomes[i].warmMs, 1)} | ${fmt(outcomes[i].addedMb, 1)} | ${outcomes[i].seen} | ${i === 0 ? "" : outcomes[i].seen === reference ? "yes" : "**no**"} |`),
    "",
  ];
}

type BundleSize = Awaited<ReturnType<typeof bundleSizes>>[number];

function writeReport(loadAtStart: number[], sizes: BundleSize[], sections: string[], left: number): void {
  const m = machine();
  const load = (l: number[]) => l.map((x) => fmt(x, 2)).join(" / ");
  const lines = [
    "# Libraries: zip and XML, by measurement",
    "",
    `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC by \`npm run bench:libraries\` on ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, ${m.os}.`,
    `Load average (1 / 5 / 15 minutes) at the start ${load(loadAtStart)}, at the end ${load(os.loadavg())}, on ${os.cpus().length} cores shared with other work.`,
    ...(left ? [`**Unfinished: ${left} workbook${left === 1 ? "" : "s"} not yet measured when this was written.**`] : []),
    "",
    "Each candidate runs three times, each in a fresh process (`node --import tsx bench/libraries.ts --job …`).",
    "Cold is the task's first call in the process, as the CLI meets it on one file: the library's module is loaded and the file read before the clock starts, so cold includes compiling the library's code.",
    "Warm is the median of three more calls in the same process, as a worker thread meets its second and later files of `check DIR`. Every figure is the median of the three processes.",
    "Memory is the peak resident set the first call added: max RSS after it less max RSS before it (0 when the task fitted in memory the process already had).",
    "The zip task opens the package and inflates the largest sheet and the shared strings; every candidate must give back the same bytes (size and CRC).",
    "The XML task reads that sheet as the sheet reader does: every element, the `r`, `t` and `s` of each cell, the text of each `<v>`; every candidate must see the same counts.",
    "",
    "## What the browser would load",
    "",
    "Each entry bundled alone by esbuild (minified, ESM, browser platform), gzipped at level 9.",
    "",
    "| library and what is imported | minified | gzipped |",
    "| --- | ---: | ---: |",
    ...sizes.map((s) => ("error" in s ? `| ${s.what} | not bundled: ${s.error} | |` : `| ${s.what} | ${kb(s.min)} | ${kb(s.gzip)} |`)),
    "",
    "## Time and memory",
    "",
    ...sections,
  ];
  fs.writeFileSync(path.join(__dirname, "LIBRARIES.md"), `${lines.join("\n")}\n`);
}

/** `npm run bench:libraries [REAL]`: REAL Excel-made workbooks besides the generated plans (3 by default). */
async function main(real: number): Promise<void> {
  const loadAtStart = os.loadavg();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "action-plan-bench-libraries-"));
  try {
    const sizes = await bundleSizes();
    // Loaded here, not at the top: ExcelJS would weigh on every measured child process's start.
    const { writePlan } = await import("./generate");
    const workbooks: Workbook[] = [];
    for (const size of SIZES) {
      const file = path.join(dir, `plan-${size}.xlsx`);
      await writePlan(size, file);
      workbooks.push({ label: `generated plan, ${fmt(size)} rows`, file, ...partsOf(file)! });
    }
    workbooks.push(...realWorkbooks(real));
    const sections: string[] = [];
    // Written after each workbook, so that a run cut short on a busy machine keeps what it measured.
    for (const [i, workbook] of workbooks.entries()) {
      const what = workbook.parts.map((p, j) => `${p} ${kb(workbook.sizes[j])}`).join(", ");
      console.log(`${workbook.label} (${what})`);
      sections.push(`### ${workbook.label}`, "", `${kb(fs.statSync(workbook.file).size)} on disk; ${what} uncompressed.`, "", ...table("zip", workbook), ...table("xml", workbook));
      writeReport(loadAtStart, sizes, sections, workbooks.length - i - 1);
    }
    console.log(`\nWritten ${path.relative(ROOT, path.join(__dirname, "LIBRARIES.md"))}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--job") {
  runJob(JSON.parse(process.argv[3]) as Job).then((outcome) => console.log(JSON.stringify(outcome)));
} else {
  main(Number(process.argv[2] ?? 3)).catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
