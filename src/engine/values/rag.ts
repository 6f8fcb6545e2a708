import type { Cell } from "../grid";
import { shownText } from "./cell-text";

/** BRAG: Blue = complete/achieved, Green = on track, Amber = at risk, Red = off track. */
export type Rag = "blue" | "green" | "amber" | "red";

/** What a RAG cell says. `from` tells whether the user typed it or only painted the cell. */
export type RagRead =
  | { kind: "rag"; rag: Rag; from: "text" | "fill" }
  | { kind: "empty" }
  | { kind: "unreadable"; text: string };

const RAG_WORDS: Readonly<Record<string, Rag>> = {
  red: "red",
  r: "red",
  amber: "amber",
  a: "amber",
  green: "green",
  g: "green",
  blue: "blue",
  b: "blue",
  complete: "blue",
  completed: "blue",
};

/** The RAG a cell gives, or null when it is empty or could not be read. */
export function ragOf(cell: { read: RagRead } | null | undefined): Rag | null {
  return cell?.read.kind === "rag" ? cell.read.rag : null;
}

/**
 * Each cell's read. A file's reader hands out one cell for each value and style, so a plan's
 * RAG cells are a handful of cells to read; the reads are shared, and never changed.
 */
const cellReads = new WeakMap<Cell, RagRead>();

/**
 * Reads a RAG from the cell's words, else from its fill. Text wins over fill because a
 * user who retypes a status often forgets to repaint the cell.
 */
export function readRag(cell: Cell): RagRead {
  let read = cellReads.get(cell);
  if (read === undefined) cellReads.set(cell, (read = readCell(cell)));
  return read;
}

function readCell(cell: Cell): RagRead {
  const text = shownText(cell);
  if (text !== "") return ragFromText(text);
  const rag = cell.fill === undefined ? null : ragFromFill(cell.fill);
  return rag === null ? { kind: "empty" } : { kind: "rag", rag, from: "fill" };
}

function ragFromText(text: string): RagRead {
  const rag = RAG_WORDS[text.replace(/\s+/g, "").toLowerCase()];
  return rag === undefined ? { kind: "unreadable", text } : { kind: "rag", rag, from: "text" };
}

/**
 * Maps a fill to the RAG of nearest hue. Pale tints, greys, black and white are left out:
 * they are banding or decoration, whereas a user painting a status picks a strong colour.
 * Pure yellow counts as amber because many councils paint Amber that way.
 */
function ragFromFill(fill: string): Rag | null {
  const hsl = hslOf(fill);
  if (hsl === null || hsl.saturation < 0.3 || hsl.lightness < 0.1 || hsl.lightness > 0.8) {
    return null;
  }
  return ragOfHue(hsl.hue);
}

function ragOfHue(hue: number): Rag | null {
  if (hue < 20 || hue >= 330) return "red";
  if (hue < 70) return "amber";
  if (hue < 170) return "green";
  if (hue < 260) return "blue";
  return null;
}

interface Hsl {
  hue: number;
  saturation: number;
  lightness: number;
}

function hslOf(fill: string): Hsl | null {
  const hex = /^#?([0-9a-f]{6})$/i.exec(fill.trim())?.[1];
  if (hex === undefined) return null;
  const n = parseInt(hex, 16);
  const r = ((n >> 16) & 255) / 255;
  const g = ((n >> 8) & 255) / 255;
  const b = (n & 255) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  const chroma = max - min;
  if (chroma === 0) return { hue: 0, saturation: 0, lightness };
  const saturation = chroma / (1 - Math.abs(2 * lightness - 1));
  return { hue: hueOf(r, g, b, max, chroma), saturation, lightness };
}

function hueOf(r: number, g: number, b: number, max: number, chroma: number): number {
  if (max === r) return (((g - b) / chroma + 6) % 6) * 60;
  if (max === g) return ((b - r) / chroma + 2) * 60;
  return ((r - g) / chroma + 4) * 60;
}
