import { fileProblem } from "./errors";

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b];

/** "EncryptionInfo" as an OLE directory holds names: UTF-16, little-endian. */
const ENCRYPTION_INFO = new Uint8Array([..."EncryptionInfo"].flatMap((ch) => [ch.charCodeAt(0), 0]));

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = bytes.indexOf(needle[0]); i >= 0 && i <= bytes.length - needle.length; i = bytes.indexOf(needle[0], i + 1)) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Names the files people mistake for an .xlsx before any zip reading: a password-protected
 * workbook is an OLE compound file holding an EncryptionInfo stream, an .xls is one without.
 */
export function sniffForeign(bytes: Uint8Array): void {
  if (bytes.length === 0) throw fileProblem({ kind: "empty" });
  if (startsWith(bytes, OLE)) throw fileProblem({ kind: contains(bytes, ENCRYPTION_INFO) ? "encrypted" : "xls" });
  if (!startsWith(bytes, ZIP)) throw fileProblem({ kind: "not-zip" });
}
