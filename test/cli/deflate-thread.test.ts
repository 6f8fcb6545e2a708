import zlib from "node:zlib";
import { DeflateThread } from "../../src/cli/deflate-thread";
import { nativeDeflater, useDeflateThread } from "../../src/cli/native-zip";

const piece = (chunk: Uint8Array): Uint8Array => zlib.deflateRawSync(chunk, { level: 1, finishFlush: zlib.constants.Z_SYNC_FLUSH });

/** Some megabytes of sheet-like XML, varied enough that compression has work to do. */
function xml(rows: number): Uint8Array {
  const parts: string[] = [];
  for (let i = 0; i < rows; i++) parts.push(`<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>Action ${(i * 7919) % 100_003} – owner ${i % 97} £</t></is></c></row>`);
  return new TextEncoder().encode(parts.join(""));
}

describe("the compression thread", () => {
  it("compresses each chunk as the main thread would, in order, the caller's buffer copied, a chunk past its slots done by the caller", () => {
    const content = xml(80_000);
    const chunk = 1 << 20;
    const thread = new DeflateThread(1, piece);
    const part = thread.open();
    const other = thread.open();
    const buffer = new Uint8Array(chunk);
    const expected: Buffer[] = [];
    for (let at = 0; at < content.length; at += chunk) {
      const bytes = content.subarray(at, Math.min(at + chunk, content.length));
      buffer.set(bytes);
      thread.push(part, buffer.subarray(0, bytes.length));
      buffer.fill(0x41);
      expected.push(Buffer.from(piece(bytes)));
    }
    thread.push(other, content.subarray(0, 1000));
    expect(content.length).toBeGreaterThan(7 * chunk);
    expect(Buffer.concat(thread.finish(part)).equals(Buffer.concat(expected))).toBe(true);
    const end = zlib.deflateRawSync(new Uint8Array(0), { level: 1 });
    expect(Buffer.from(zlib.inflateRawSync(Buffer.concat([...thread.finish(other), end]))).equals(Buffer.from(content.subarray(0, 1000)))).toBe(true);
  });
});

describe("compressing a large part", () => {
  // As a checked copy large enough asks for it; the thread then starts if a core is free.
  beforeAll(() => useDeflateThread(true));

  it("gives the same bytes, CRC-32 and size as compressing each chunk on the main thread, whatever the caller writes over its buffer", () => {
    const content = xml(60_000);
    const chunk = 1 << 20;
    expect(content.length).toBeGreaterThan(4 * chunk);
    const deflater = nativeDeflater();
    const buffer = new Uint8Array(chunk);
    const expected: Buffer[] = [];
    for (let at = 0; at < content.length; at += chunk) {
      const piece = content.subarray(at, Math.min(at + chunk, content.length));
      buffer.set(piece);
      deflater.push(buffer.subarray(0, piece.length));
      // The caller reuses its buffer at once: the thread must have taken a copy.
      buffer.fill(0x41);
      expected.push(zlib.deflateRawSync(piece, { level: 1, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    }
    expected.push(zlib.deflateRawSync(new Uint8Array(0), { level: 1 }));
    const done = deflater.finish();
    expect(done.size).toBe(content.length);
    expect(done.crc).toBe(zlib.crc32(content));
    expect(Buffer.from(done.data).equals(Buffer.concat(expected))).toBe(true);
    expect(Buffer.from(zlib.inflateRawSync(done.data)).equals(Buffer.from(content))).toBe(true);
  });

  it("keeps parts apart when their chunks are handed over in turns", () => {
    const a = xml(20_000);
    const b = xml(25_000).map((byte) => (byte === 0x41 ? 0x42 : byte));
    const first = nativeDeflater();
    const second = nativeDeflater();
    const half = 400_000;
    first.push(a.subarray(0, half));
    second.push(b.subarray(0, half));
    first.push(a.subarray(half));
    second.push(b.subarray(half));
    const one = second.finish();
    const other = first.finish();
    expect(Buffer.from(zlib.inflateRawSync(other.data)).equals(Buffer.from(a))).toBe(true);
    expect(Buffer.from(zlib.inflateRawSync(one.data)).equals(Buffer.from(b))).toBe(true);
    expect(other.crc).toBe(zlib.crc32(a));
    expect(one.crc).toBe(zlib.crc32(b));
  });

  it("goes on from what was compressed on the main thread when a small piece comes before large ones", () => {
    const content = xml(30_000);
    const deflater = nativeDeflater();
    deflater.push(content.subarray(0, 1000));
    deflater.push(content.subarray(1000, 1_500_000));
    deflater.push(content.subarray(1_500_000));
    const done = deflater.finish();
    expect(done.crc).toBe(zlib.crc32(content));
    expect(Buffer.from(zlib.inflateRawSync(done.data)).equals(Buffer.from(content))).toBe(true);
  });
});
