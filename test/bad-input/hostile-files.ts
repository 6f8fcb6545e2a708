/**
 * Broken and hostile workbooks, made at run time (nothing large is committed): a small package
 * writer that can hold a part deflated block by block, so that a gigabyte of XML costs the test
 * a megabyte and a fraction of a second.
 */
import zlib from "node:zlib";

export interface Entry {
  name: string;
  /** Raw deflate data. */
  data: Buffer;
  crc: number;
  size: number;
}

export function deflated(name: string, content: string | Buffer): Entry {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return { name, data: zlib.deflateRawSync(bytes, { level: 1 }), crc: zlib.crc32(bytes), size: bytes.length };
}

/** A zip (no data descriptors, no zip64) of the entries, in order. */
export function zip(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf xfId="0"/></cellXfs></styleSheet>`;
const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
const SST_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`;

/** A small plan's header and one item, all text in shared strings 0–5. */
const PLAN_ROWS = `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row><row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="s"><v>5</v></c></row>`;
const PLAN_STRINGS = ["Action", "Owner", "RAG", "Publish the housing strategy", "Head of Housing", "Amber"];
const si = (text: string) => `<si><t>${text}</t></si>`;

/** A workbook package whose parts are these, or the small plan's where not given. */
export function workbookWith(parts: { sheet?: Entry; sharedStrings?: Entry; workbook?: Entry } = {}): Buffer {
  return zip([
    deflated("[Content_Types].xml", CONTENT_TYPES),
    deflated("_rels/.rels", ROOT_RELS),
    parts.workbook ?? deflated("xl/workbook.xml", WORKBOOK),
    deflated("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
    deflated("xl/styles.xml", STYLES),
    parts.sharedStrings ?? deflated("xl/sharedStrings.xml", `${SST_HEAD}${PLAN_STRINGS.map(si).join("")}</sst>`),
    parts.sheet ?? deflated("xl/worksheets/sheet1.xml", `${SHEET_HEAD}${PLAN_ROWS}</sheetData></worksheet>`),
  ]);
}

/** Shared strings that expand a few hundred bytes into gigabytes if entities are expanded ("billion laughs"). */
export function entityBomb(): Buffer {
  const levels = Array.from({ length: 10 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join("");
  const doctype = `<!DOCTYPE sst [<!ENTITY lol0 "lol">${levels}]>`;
  const xml = `<?xml version="1.0" encoding="UTF-8"?>${doctype}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${PLAN_STRINGS.map(si).join("")}<si><t>&lol10;</t></si></sst>`;
  return workbookWith({ sharedStrings: deflated("xl/sharedStrings.xml", xml) });
}

/** A sheet nested a million elements deep, which a recursive reader cannot survive. */
export function deepNesting(): Buffer {
  const depth = 1_000_000;
  const xml = `${SHEET_HEAD}${PLAN_ROWS}<row r="3"><c r="A3" t="inlineStr"><is>${"<r>".repeat(depth)}${"</r>".repeat(depth)}</is></c></row></sheetData></worksheet>`;
  return workbookWith({ sheet: deflated("xl/worksheets/sheet1.xml", xml) });
}

/** Deflates each piece in turn on one stream, flushing after each: the blocks, piece by piece. */
function deflatePieces(pieces: Buffer[]): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    const deflater = zlib.createDeflateRaw({ level: 9 });
    const out: Buffer[] = [];
    let pending: Buffer[] = [];
    deflater.on("data", (chunk: Buffer) => pending.push(chunk));
    deflater.on("error", reject);
    const next = (i: number) => {
      if (i === pieces.length) {
        deflater.end();
        deflater.on("end", () => {
          out[out.length - 1] = Buffer.concat([out[out.length - 1], ...pending]);
          resolve(out);
        });
        return;
      }
      deflater.write(pieces[i]);
      deflater.flush(zlib.constants.Z_SYNC_FLUSH, () => {
        out.push(Buffer.concat(pending));
        pending = [];
        next(i + 1);
      });
    };
    next(0);
  });
}

/**
 * A sheet holding the plan and then a gigabyte of spaces, about a megabyte zipped. Once the
 * deflater's window is all spaces, each further megabyte deflates to the same block, so that
 * block is made once and repeated.
 */
export async function zipBomb(megabytes = 1024): Promise<Buffer> {
  const MB = Buffer.alloc(1 << 20, 0x20);
  const head = Buffer.from(`${SHEET_HEAD}${PLAN_ROWS}`);
  const tail = Buffer.from(`</sheetData></worksheet>`);
  const [start, block, same, end] = await deflatePieces([Buffer.concat([head, MB]), MB, MB, tail]);
  if (!block.equals(same)) throw new Error("the deflater did not repeat its block; the zip bomb cannot be made this way");
  let crc = zlib.crc32(head);
  for (let i = 0; i < megabytes; i++) crc = zlib.crc32(MB, crc);
  crc = zlib.crc32(tail, crc);
  const blocks = Array.from({ length: megabytes - 1 }, () => block);
  const sheet = { name: "xl/worksheets/sheet1.xml", data: Buffer.concat([start, ...blocks, end]), crc, size: head.length + megabytes * MB.length + tail.length };
  return workbookWith({ sheet });
}

/** A shared-strings part of about `megabytes` MB: 50 MB is half a million strings of a hundred characters. */
export function bigSharedStrings(megabytes = 50): Buffer {
  const count = Math.round((megabytes * 1_000_000) / 110);
  const strings = [...PLAN_STRINGS];
  for (let i = 0; strings.length < count; i++) strings.push(`Update ${i}: ${"the milestone moved to the next quarter pending the board's approval ".slice(0, 88)}`);
  return workbookWith({ sharedStrings: deflated("xl/sharedStrings.xml", `${SST_HEAD}${strings.map(si).join("")}</sst>`) });
}

/** The bytes of `data` with the first 400 bytes of the named part's compressed data overwritten by noise. */
export function corruptPart(data: Buffer, part: string): Buffer {
  const copy = Buffer.from(data);
  const name = Buffer.from(part, "utf8");
  const local = copy.indexOf(name);
  // Sizes are read from the central directory: a writer using data descriptors leaves them 0 in the local header.
  const central = copy.lastIndexOf(name);
  if (local < 30 || copy.readUInt32LE(local - 30) !== 0x04034b50 || copy.readUInt32LE(central - 46) !== 0x02014b50) throw new Error(`no entry for ${part}`);
  const start = local + name.length + copy.readUInt16LE(local - 2);
  const length = copy.readUInt32LE(central - 46 + 20);
  for (let i = 0; i < Math.min(length, 400); i++) copy[start + i] = (i * 151 + 7) & 0xff;
  return copy;
}

/** A package in the shape of an .xlsb: a binary workbook part where the XML one would be. */
export function binaryWorkbook(): Buffer {
  const types = CONTENT_TYPES.replace(
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
    '<Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>',
  );
  const rels = ROOT_RELS.replace("xl/workbook.xml", "xl/workbook.bin");
  // The record stream's first bytes as Excel writes them (BrtBeginBook); enough to be recognised.
  return zip([deflated("[Content_Types].xml", types), deflated("_rels/.rels", rels), deflated("xl/workbook.bin", Buffer.from([0x83, 0x01, 0x00, 0x80, 0x01, 0x00]))]);
}

const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const SECTOR = 512;

/**
 * What Excel saves when a workbook has a password: not a zip but an OLE compound file holding
 * the streams EncryptionInfo (how the package was encrypted, "agile" encryption) and
 * EncryptedPackage (the encrypted zip). Made here, version 3, each stream in whole sectors:
 * the streams' names and the header are what tell an encrypted workbook, not the cipher text.
 */
export function encryptedWorkbook(): Buffer {
  const descriptor = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/><dataIntegrity encryptedHmacKey="AAAAAAAAAAAAAAAAAAAAAA==" encryptedHmacValue="AAAAAAAAAAAAAAAAAAAAAA=="/><keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password"><p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA==" encryptedVerifierHashInput="AAAAAAAAAAAAAAAAAAAAAA==" encryptedVerifierHashValue="AAAAAAAAAAAAAAAAAAAAAA==" encryptedKeyValue="AAAAAAAAAAAAAAAAAAAAAA=="/></keyEncryptor></keyEncryptors></encryption>`;
  // Streams under 4,096 bytes would live in the mini stream; padding (spaces after the XML)
  // keeps this writer to whole sectors.
  const info = Buffer.alloc(4096, 0x20);
  info.writeUInt16LE(4, 0);
  info.writeUInt16LE(4, 2);
  info.writeUInt32LE(0x40, 4);
  info.write(descriptor, 8, "utf8");
  const packageBytes = Buffer.alloc(8192);
  packageBytes.writeUInt32LE(8184, 0);
  for (let i = 8; i < packageBytes.length; i++) packageBytes[i] = (i * 197 + 13) & 0xff;

  const infoStart = 2;
  const packageStart = infoStart + info.length / SECTOR;
  const sectors = packageStart + packageBytes.length / SECTOR;
  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  fat.writeUInt32LE(END_OF_CHAIN, 4);
  for (let s = infoStart; s < sectors; s++) fat.writeUInt32LE(s === packageStart - 1 || s === sectors - 1 ? END_OF_CHAIN : s + 1, s * 4);

  const entry = (name: string, type: number, right: number, child: number, start: number, size: number) => {
    const e = Buffer.alloc(128);
    e.write(name, 0, "utf16le");
    e.writeUInt16LE(name ? (name.length + 1) * 2 : 0, 64);
    e.writeUInt8(type, 66);
    e.writeUInt8(1, 67);
    e.writeUInt32LE(FREE, 68);
    e.writeUInt32LE(right, 72);
    e.writeUInt32LE(child, 76);
    e.writeUInt32LE(start, 116);
    e.writeUInt32LE(size, 120);
    return e;
  };
  // Siblings are ordered by name length first: EncryptionInfo (14) before EncryptedPackage (16).
  const directory = Buffer.concat([
    entry("Root Entry", 5, FREE, 1, END_OF_CHAIN, 0),
    entry("EncryptionInfo", 2, 2, FREE, infoStart, info.length),
    entry("EncryptedPackage", 2, FREE, FREE, packageStart, packageBytes.length),
    entry("", 0, FREE, FREE, 0, 0),
  ]);

  const header = Buffer.alloc(SECTOR, 0);
  Buffer.from("d0cf11e0a1b11ae1", "hex").copy(header, 0);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44);
  header.writeUInt32LE(1, 48);
  header.writeUInt32LE(4096, 56);
  header.writeUInt32LE(END_OF_CHAIN, 60);
  header.writeUInt32LE(END_OF_CHAIN, 68);
  header.fill(0xff, 76);
  header.writeUInt32LE(0, 76);
  return Buffer.concat([header, fat, directory, info, packageBytes]);
}
