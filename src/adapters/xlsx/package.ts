import { strFromU8, strToU8 } from "fflate";
import { fileProblem } from "./errors";
import { sniffForeign } from "./sniff";
import { XmlTokens } from "./xml";
import { deflateWhole, inflateEntry, inflatePart, JS_CODEC, readDirectory, writeZip, type Deflated, type Deflater, type NewDeflater, type OutEntry, type ZipCodec, type ZipEntry } from "./zip";

/** A relationship of a part, its target resolved to a part name ("xl/worksheets/sheet1.xml"). */
export interface Relationship {
  id: string;
  type: string;
  /** The part it points to, or the raw target for an external one. */
  target: string;
  external: boolean;
}

export const REL = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vmlDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  hyperlink: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
} as const;

/** Relationship types differ between the transitional and strict schemas only in their base. */
export function isRelType(type: string, wanted: string): boolean {
  return type === wanted || type.endsWith(wanted.slice(wanted.lastIndexOf("/")));
}


/** "xl/worksheets/_rels/sheet1.xml.rels" for "xl/worksheets/sheet1.xml"; "_rels/.rels" for the package. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A target as a part name: absolute ("/xl/x.xml") or relative to the source part's folder. */
export function resolveTarget(source: string, target: string): string {
  const decoded = target.replace(/%20/g, " ");
  if (decoded.startsWith("/")) return decoded.slice(1);
  const base = source.slice(0, source.lastIndexOf("/") + 1).split("/").filter(Boolean);
  for (const step of decoded.split("/")) {
    if (step === "..") base.pop();
    else if (step !== "." && step !== "") base.push(step);
  }
  return base.join("/");
}

/** A part name as a target relative to `source`'s folder, as Excel writes them. */
export function relativeTarget(source: string, part: string): string {
  const from = source.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/**
 * A changed part this large is kept compressed: a checked copy's new sheets and notes run to
 * a hundred megabytes of XML at 50,000 rows, which held whole until the save would be most of
 * the process's memory.
 */
const KEEP_COMPRESSED_BYTES = 1 << 20;

/** A part written in pieces is encoded into a buffer of this many bytes, compressed each time it fills. */
const BUFFER_BYTES = 1 << 20;

/** A text longer than this is encoded a slice at a time: UTF-8 takes at most three bytes per UTF-16 unit. */
export const SLICE_CHARS = Math.floor(BUFFER_BYTES / 3) - 1;

/** A text in slices of about `size` characters, never cutting a character written as two (a surrogate pair). */
function* slices(text: string, size: number): Generator<string> {
  for (let at = 0; at < text.length; ) {
    let end = Math.min(at + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++;
    yield text.slice(at, end);
    at = end;
  }
}

const encoder = new TextEncoder();

/** Where a part's XML goes, a piece at a time: a part writer, or an array to join. */
export interface XmlSink {
  push(text: string): void;
}

/**
 * A part written piece by piece (a summary sheet's rows): each piece is encoded as it comes into
 * the writer's buffer, compressed whenever the buffer fills, so that the part is never held
 * whole, nor its pieces kept as strings until joined.
 */
export class PartWriter implements XmlSink {
  private buffer = new Uint8Array(1 << 12);
  private used = 0;
  private deflater: Deflater | null = null;

  constructor(
    private readonly newDeflater: NewDeflater,
    private readonly done: (content: Uint8Array | Deflated) => void,
  ) {}

  push(text: string): void {
    if (text.length > SLICE_CHARS) {
      for (const slice of slices(text, SLICE_CHARS)) this.push(slice);
      return;
    }
    this.reserve(text.length * 3);
    this.used += encoder.encodeInto(text, this.buffer.subarray(this.used)).written;
  }

  /** Room for `bytes` more: compressing what the buffer holds once it is as large as it grows. */
  private reserve(bytes: number): void {
    if (this.used + bytes <= this.buffer.length) return;
    if (this.used + bytes > BUFFER_BYTES) this.flush();
    if (this.used + bytes > this.buffer.length) {
      const grown = new Uint8Array(Math.min(BUFFER_BYTES, Math.max(this.buffer.length * 2, this.used + bytes)));
      grown.set(this.buffer.subarray(0, this.used));
      this.buffer = grown;
    }
  }

  private flush(): void {
    // The deflater takes the bytes in before it returns: the buffer is then written over.
    (this.deflater ??= this.newDeflater()).push(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  /** Stores the part in its package. */
  close(): void {
    if (this.deflater === null) {
      this.done(this.buffer.slice(0, this.used));
      return;
    }
    this.flush();
    this.done(this.deflater.finish());
  }
}

/**
 * An Open Packaging zip, opened lazily: the directory is read at once, a part is inflated only
 * when asked for. Changes are kept beside the source and `save` copies every part not changed
 * as the same compressed bytes.
 */
export class Package {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly changed = new Map<string, Uint8Array | Deflated>();
  private readonly removed = new Set<string>();
  private readonly order: string[] = [];
  private readonly lowerNames = new Map<string, string>();
  /** One part's inflated bytes, kept for its next reading (see `bytes`). */
  private kept: { name: string; bytes: Uint8Array } | null = null;

  private constructor(
    private readonly source: Uint8Array,
    private readonly codec: ZipCodec,
  ) {
    for (const entry of readDirectory(source)) {
      if (entry.name.endsWith("/")) continue;
      this.entries.set(entry.name, entry);
      this.order.push(entry.name);
      this.lowerNames.set(entry.name.toLowerCase(), entry.name);
    }
  }

  /** `codec` inflates the parts read and compresses those written: JavaScript's unless the host has a faster one. */
  static open(bytes: Uint8Array, codec: ZipCodec = JS_CODEC): Package {
    sniffForeign(bytes);
    const pkg = new Package(bytes, codec);
    if (pkg.has("xl/workbook.bin")) throw fileProblem({ kind: "xlsb" });
    if (pkg.has("mimetype") && pkg.text("mimetype").includes("opendocument")) throw fileProblem({ kind: "ods" });
    if (!pkg.has("[Content_Types].xml")) throw fileProblem({ kind: "not-workbook" });
    return pkg;
  }

  /** Part names are case-insensitive in OPC: a target may differ in case from the entry. */
  private actual(name: string): string | undefined {
    if (this.removed.has(name)) return undefined;
    if (this.changed.has(name) || this.entries.has(name)) return name;
    const found = this.lowerNames.get(name.toLowerCase());
    return found && !this.removed.has(found) ? found : undefined;
  }

  has(name: string): boolean {
    return this.actual(name) !== undefined;
  }

  names(): string[] {
    return this.order.filter((n) => !this.removed.has(n));
  }

  /**
   * The part's bytes, which the caller does not change. `keepForNextRead`: the part will be read
   * again (a plan sheet, read to be checked and then patched for the checked copy), so its bytes
   * are kept for that next reading rather than inflated twice (60 to 80 ms for a 10 MB sheet).
   * One part is kept at most, and only until it is read again or changed.
   */
  bytes(name: string, keepForNextRead = false): Uint8Array {
    const actual = this.actual(name);
    if (actual === undefined) throw new Error(`no part ${name} in the package`);
    const changed = this.changed.get(actual);
    if (changed !== undefined) return changed instanceof Uint8Array ? changed : inflatePart(changed, this.codec.inflate);
    let bytes: Uint8Array;
    if (this.kept?.name === actual) {
      bytes = this.kept.bytes;
      this.kept = null;
    } else {
      bytes = inflateEntry(this.source, this.entries.get(actual)!, this.codec.inflate);
    }
    if (keepForNextRead) this.kept = { name: actual, bytes };
    return bytes;
  }

  /** The part's size unpacked, as the zip declares it, without inflating it. */
  size(name: string): number {
    const actual = this.actual(name);
    if (actual === undefined) throw new Error(`no part ${name} in the package`);
    const changed = this.changed.get(actual);
    if (changed === undefined) return this.entries.get(actual)!.size;
    return changed instanceof Uint8Array ? changed.length : changed.size;
  }

  text(name: string): string {
    const text = strFromU8(this.bytes(name));
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  /** True when the part is as it was in the file opened. */
  isOriginal(name: string): boolean {
    const actual = this.actual(name);
    return actual !== undefined && !this.changed.has(actual);
  }

  set(name: string, content: string | Uint8Array): void {
    if (typeof content === "string" && content.length >= KEEP_COMPRESSED_BYTES) {
      // Encoded a slice at a time: the part's whole bytes beside the string would double it.
      const writer = this.writer(name);
      writer.push(content);
      writer.close();
      return;
    }
    const bytes = typeof content === "string" ? strToU8(content) : content;
    this.store(name, bytes.length >= KEEP_COMPRESSED_BYTES ? deflateWhole(this.codec.newDeflater, bytes) : bytes);
  }

  /** Sets a part written in pieces: it is stored when the writer is closed. */
  writer(name: string): PartWriter {
    return new PartWriter(this.codec.newDeflater, (content) => this.store(name, content));
  }

  private store(name: string, content: Uint8Array | Deflated): void {
    const actual = this.actual(name) ?? name;
    if (this.kept?.name === actual) this.kept = null;
    this.removed.delete(actual);
    if (!this.entries.has(actual) && !this.changed.has(actual)) {
      this.order.push(actual);
      this.lowerNames.set(actual.toLowerCase(), actual);
    }
    this.changed.set(actual, content);
  }

  remove(name: string): void {
    const actual = this.actual(name);
    if (actual === undefined) return;
    if (this.kept?.name === actual) this.kept = null;
    this.changed.delete(actual);
    if (this.entries.has(actual)) this.removed.add(actual);
    else this.order.splice(this.order.indexOf(actual), 1);
  }

  /** The part's relationships; none when it has no rels part. */
  rels(part: string): Relationship[] {
    const relsPart = relsPartOf(part);
    if (!this.has(relsPart)) return [];
    const source = part;
    const tokens = new XmlTokens(this.text(relsPart), relsPart);
    const out: Relationship[] = [];
    while (tokens.next()) {
      if (tokens.closing || tokens.name !== "Relationship") continue;
      const external = tokens.attr("TargetMode") === "External";
      const target = tokens.attr("Target") ?? "";
      out.push({ id: tokens.attr("Id") ?? "", type: tokens.attr("Type") ?? "", target: external ? target : resolveTarget(source, target), external });
    }
    return out;
  }

  /** The workbook part, through the package's officeDocument relationship. */
  workbookPart(): string {
    const main = this.rels("").find((r) => isRelType(r.type, REL.officeDocument));
    const part = main?.target ?? "xl/workbook.xml";
    if (!this.has(part)) throw fileProblem({ kind: "not-workbook" });
    return part;
  }

  save(): Uint8Array {
    const out: OutEntry[] = this.names().map((name) => {
      const content = this.changed.get(name);
      if (content === undefined) return { name, copyOf: this.entries.get(name)! };
      return { name, deflated: content instanceof Uint8Array ? deflateWhole(this.codec.newDeflater, content) : content };
    });
    return writeZip(this.source, out);
  }
}
