import { setFlagsFromString } from "node:v8";

/*
 * How large V8 lets its young generation grow. Memory a process touches for the first time
 * costs it a page fault, and on the virtual machine these figures come from (2 cores, as CI has)
 * a fault costs some 13 µs: filling 200 MB never touched took 0.65 s, filling it again 2.5 ms.
 * Grown from 1 MB to 16 MB a half, the young generation is some 30 MB of such memory, yet what a
 * check makes (the grid, the items, the findings) lives to the end of the run and is moved out
 * of the young generation whatever its size. So every run starts with it kept at its first size
 * (bin/load-bundle.js, setRunFlags). A 50,000-row `check --json`: 17,600 page faults against
 * 25,600, peak 105 MB against 136 MB, wall 1.04 s against 1.09 s (medians of 9 runs).
 */

/**
 * Writing a copy of the user's workbook makes the opposite kind of data too: strings of XML
 * that die as soon as they are encoded, which a small young generation moves out before they
 * die. A run that writes one (`check --out`, `clear`) lets it grow from the start, as V8 does by
 * default (twice its size each time). At 50,000 rows, `check --out` with it kept small took
 * 2.94 s against 2.73 s (7 runs), and kept small until the writing began 2.62 s against 2.48 s
 * (11 runs, peak 271 MB against 262 MB); `clear` kept small 2.45 s against 2.26 s (9 runs).
 */
export function letYoungGenerationGrow(): void {
  setFlagsFromString("--semi-space-growth-factor=2");
}
