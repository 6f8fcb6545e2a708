import { Deflate as DeflateStream, inflateSync, strFromU8, strToU8 } from "fflate";
import { fileProblem } from "./errors";
import { LIMITS } from "./limits";

/**
 * The zip container of a package, read from its central directory so that a part is found
 * without inflating any other, and written back copying untouched entries' compressed bytes.
 */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the local header. */
  offset: number;
  time: number;
  date: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 1;
const UTF8_FLAG = 0x800;


function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndOfDirectory(bytes: Uint8Array, dv: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (dv.getUint32(i, true) === EOCD) return i;
  }
  return -1;
}

/** The directory's place and size, from the zip64 record when the classic one overflows. */
function directoryBounds(dv: DataView, eocd: number): { start: number; count: number } {
  let start = dv.getUint32(eocd + 16, true);
  let count = dv.getUint16(eocd + 10, true);
  if (start === 0xffffffff || count === 0xffff) {
    const locator = eocd - 20;
    if (locator < 0 || dv.getUint32(locator, true) !== ZIP64_EOCD_LOCATOR) throw fileProblem({ kind: "truncated" });
    const record = Number(dv.getBigUint64(locator + 8, true));
    if (record + 56 > dv.byteLength || dv.getUint32(record, true) !== ZIP64_EOCD) throw fileProblem({ kind: "truncated" });
    count = Number(dv.getBigUint64(record + 32, true));
    start = Number(dv.getBigUint64(record + 48, true));
  }
  return { start, count };
}

/** Sizes and offset overflowing 32 bits live in the entry's zip64 extra field, in this order. */
function applyZip64(entry: ZipEntry, dv: DataView, extraStart: number, extraEnd: number): void {
  for (let p = extraStart; p + 4 <= extraEnd; ) {
    const id = dv.getUint16(p, true);
    const length = dv.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      const next = () => {
        const v = Number(dv.getBigUint64(q, true));
        q += 8;
        return v;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.offset === 0xffffffff) entry.offset = next();
      return;
    }
    p += 4 + length;
  }
}

/** Reads the central directory. Throws a file problem for anything that is not a whole zip. */
export function readDirectory(bytes: Uint8Array): ZipEntry[] {
  const dv = view(bytes);
  if (bytes.length < 22) throw fileProblem({ kind: bytes.length >= 4 && dv.getUint32(0, true) === LOCAL ? "truncated" : "not-zip" });
  const eocd = findEndOfDirectory(bytes, dv);
  if (eocd < 0) throw fileProblem({ kind: dv.getUint32(0, true) === LOCAL ? "truncated" : "not-zip" });
  const { start, count } = directoryBounds(dv, eocd);
  const entries: ZipEntry[] = [];
  let total = 0;
  for (let p = start, i = 0; i < count; i++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== CENTRAL) throw fileProblem({ kind: "truncated" });
    const nameLength = dv.getUint16(p + 28, true);
    const extraLength = dv.getUint16(p + 30, true);
    const commentLength = dv.getUint16(p + 32, true);
    const entry: ZipEntry = {
      flags: dv.getUint16(p + 8, true),
      method: dv.getUint16(p + 10, true),
      time: dv.getUint16(p + 12, true),
      date: dv.getUint16(p + 14, true),
      crc: dv.getUint32(p + 16, true),
      compressedSize: dv.getUint32(p + 20, true),
      size: dv.getUint32(p + 24, true),
      offset: dv.getUint32(p + 42, true),
      name: strFromU8(bytes.subarray(p + 46, p + 46 + nameLength)),
    };
    applyZip64(entry, dv, p + 46 + nameLength, p + 46 + nameLength + extraLength);
    if (entry.flags & ENCRYPTED_FLAG) throw fileProblem({ kind: "encrypted" });
    if (entry.offset + 30 + entry.compressedSize > bytes.length) throw fileProblem({ kind: "truncated" });
    total += entry.size;
    if (total > LIMITS.packageBytes) throw fileProblem({ kind: "part-too-large", part: entry.name, bytes: total });
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's compressed bytes, found through its local header (whose extra field may differ). */
export function rawData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const dv = view(bytes);
  if (dv.getUint32(entry.offset, true) !== LOCAL) throw fileProblem({ kind: "damaged-part", part: entry.name });
  const start = entry.offset + 30 + dv.getUint16(entry.offset + 26, true) + dv.getUint16(entry.offset + 28, true);
  if (start + entry.compressedSize > bytes.length) throw fileProblem({ kind: "truncated" });
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * Inflates raw deflate data to exactly `size` bytes: a stream that inflates to more is cut
 * there. Gives null for a stream that is not deflate data; any other error is thrown.
 */
export type Inflate = (raw: Uint8Array, size: number) => Uint8Array | null;

export const jsInflate: Inflate = (raw, size) => {
  try {
    return inflateSync(raw, { out: new Uint8Array(size) });
  } catch (error) {
    // fflate reports a bad stream as an Error with a numeric code; anything else is ours.
    if (error instanceof Error && typeof (error as { code?: unknown }).code === "number") return null;
    throw error;
  }
};

/** Inflates one entry, refusing sizes and ratios no workbook has before allocating anything. */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, inflate: Inflate = jsInflate): Uint8Array {
  if (entry.size > LIMITS.partBytes) throw fileProblem({ kind: "part-too-large", part: entry.name, bytes: entry.size });
  if (entry.size > LIMITS.ratioFloor && entry.size > entry.compressedSize * LIMITS.ratio) throw fileProblem({ kind: "bomb", part: entry.name });
  const raw = rawData(bytes, entry);
  if (entry.method === STORED) return raw;
  if (entry.method !== DEFLATED) throw fileProblem({ kind: "unsupported-compression", part: entry.name });
  const out = entry.size === 0 ? new Uint8Array(0) : inflate(raw, entry.size);
  if (out === null || out.length !== entry.size) throw fileProblem({ kind: "damaged-part", part: entry.name });
  return out;
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** The CRC-32 of `data`, continuing from `crc`, the CRC-32 of what came before it. */
export function crc32(data: Uint8Array, crc = 0): number {
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** A part as the zip holds it: its deflated bytes, with the CRC-32 and size of its content. */
export interface Deflated {
  data: Uint8Array;
  crc: number;
  size: number;
}

/**
 * Compresses one part given in pieces, in order, so that no whole copy of a large part need
 * ever be held: a checked copy's new sheets run to tens of megabytes of XML at 50,000 rows.
 */
export interface Deflater {
  /** Takes in the chunk before it returns: the caller may then write its next piece into the same buffer. */
  push(chunk: Uint8Array): void;
  finish(): Deflated;
}

export type NewDeflater = () => Deflater;

export function concatBytes(pieces: Uint8Array[]): Uint8Array {
  if (pieces.length === 1) return pieces[0];
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/** In JavaScript, for every host; a host with a native deflate may give its own (the CLI does). */
export const jsDeflater: NewDeflater = () => {
  const out: Uint8Array[] = [];
  // fflate copies each chunk into its own window as it is pushed.
  const stream = new DeflateStream({ level: 6 }, (data) => out.push(data));
  let crc = 0;
  let size = 0;
  return {
    push(chunk) {
      stream.push(chunk, false);
      crc = crc32(chunk, crc);
      size += chunk.length;
    },
    finish() {
      stream.push(new Uint8Array(0), true);
      return { data: concatBytes(out), crc, size };
    },
  };
};

export const JS_CODEC: ZipCodec = { newDeflater: jsDeflater, inflate: jsInflate };

/** A part's whole content, compressed. */
export function deflateWhole(newDeflater: NewDeflater, content: Uint8Array): Deflated {
  const deflater = newDeflater();
  deflater.push(content);
  return deflater.finish();
}

/** Content back from its deflated bytes. */
export function inflatePart(part: Deflated, inflate: Inflate): Uint8Array {
  const out = part.size === 0 ? new Uint8Array(0) : inflate(part.data, part.size);
  if (out === null || out.length !== part.size) throw new Error(`a part compressed in this run does not inflate to its ${part.size} bytes`);
  return out;
}

/** How a host compresses and inflates parts: in JavaScript unless it has something faster. */
export interface ZipCodec {
  newDeflater: NewDeflater;
  inflate: Inflate;
}

/** An entry to write: either copied from the source zip as it is, or new content, compressed. */
export type OutEntry = { name: string; copyOf: ZipEntry } | { name: string; deflated: Deflated };


/** DOS time and date of now, for entries we write. */
function dosNow(): { time: number; date: number } {
  const d = new Date();
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/**
 * The fields a local header and its central directory record share, in the same order: method,
 * time, date, CRC, compressed and full size, name length. Only where they start differs.
 */
function setEntryFields(v: DataView, at: number, meta: { method: number; time: number; date: number; crc: number; compressedSize: number; size: number }, nameLength: number): void {
  v.setUint16(at, meta.method, true);
  v.setUint16(at + 2, meta.time, true);
  v.setUint16(at + 4, meta.date, true);
  v.setUint32(at + 6, meta.crc, true);
  v.setUint32(at + 10, meta.compressedSize, true);
  v.setUint32(at + 14, meta.size, true);
  v.setUint16(at + 18, nameLength, true);
}
/** Writes a zip (no zip64: a package over 4 GB is refused long before). */
export function writeZip(source: Uint8Array, entries: OutEntry[]): Uint8Array {
  const now = dosNow();
  const pieces: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = strToU8(entry.name);
    let meta: { method: number; crc: number; compressedSize: number; size: number; time: number; date: number };
    let data: Uint8Array;
    if ("copyOf" in entry) {
      data = rawData(source, entry.copyOf);
      meta = entry.copyOf;
    } else {
      data = entry.deflated.data;
      meta = { method: DEFLATED, crc: entry.deflated.crc, compressedSize: data.length, size: entry.deflated.size, ...now };
    }
    const local = new Uint8Array(30 + name.length);
    const lv = view(local);
    lv.setUint32(0, LOCAL, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, UTF8_FLAG, true);
    setEntryFields(lv, 8, meta, name.length);
    local.set(name, 30);
    const head = new Uint8Array(46 + name.length);
    const cv = view(head);
    cv.setUint32(0, CENTRAL, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, UTF8_FLAG, true);
    setEntryFields(cv, 10, meta, name.length);
    cv.setUint32(42, offset, true);
    head.set(name, 46);
    pieces.push(local, data);
    central.push(head);
    offset += local.length + data.length;
  }
  const directorySize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = view(end);
  ev.setUint32(0, EOCD, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, directorySize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + directorySize + 22);
  let at = 0;
  for (const piece of [...pieces, ...central, end]) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}
