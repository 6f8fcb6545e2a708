/**
 * Draws the add-in's icons (assets/icon-<size>.png): a white tick on a rounded green square.
 * Generated rather than drawn by hand so that every size is sharp at its own pixel grid.
 * Run with: npx tsx scripts/make-icons.ts
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
const GREEN: [number, number, number] = [0x10, 0x7c, 0x41]; // Excel's green, so the icon sits well on its ribbon.
const WHITE: [number, number, number] = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Distance from point p to the segment a–b. */
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

/** Coverage 0–1 of one pixel by the shape, from 4×4 samples: smooth edges at 16 px too. */
function coverage(inside: (x: number, y: number) => boolean, x: number, y: number): number {
  let hits = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside(x + (i + 0.5) / 4, y + (j + 0.5) / 4)) hits++;
  return hits / 16;
}

function drawIcon(size: number): Buffer {
  const s = size;
  const radius = s * 0.18;
  const inSquare = (x: number, y: number): boolean => {
    const dx = Math.max(radius - x, 0, x - (s - radius));
    const dy = Math.max(radius - y, 0, y - (s - radius));
    return dx * dx + dy * dy <= radius * radius;
  };
  const stroke = Math.max(1.6, s * 0.11);
  const inTick = (x: number, y: number): boolean =>
    segmentDistance(x, y, s * 0.24, s * 0.52, s * 0.42, s * 0.7) <= stroke / 2 ||
    segmentDistance(x, y, s * 0.42, s * 0.7, s * 0.77, s * 0.3) <= stroke / 2;

  const raw = Buffer.alloc(s * (1 + s * 4));
  for (let y = 0; y < s; y++) {
    raw[y * (1 + s * 4)] = 0; // filter: none
    for (let x = 0; x < s; x++) {
      const alpha = coverage(inSquare, x, y);
      const tick = coverage(inTick, x, y);
      const colour = GREEN.map((g, i) => Math.round(g * (1 - tick) + WHITE[i] * tick));
      raw.set([...colour, Math.round(alpha * 255)], y * (1 + s * 4) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(s, 0);
  header.writeUInt32BE(s, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  writeFileSync(join(__dirname, "..", "assets", `icon-${size}.png`), drawIcon(size));
}
