import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let collector: (() => void) | undefined;

/**
 * Below this much in the heap, a collection costs more than it saves: a 1,000-row plan's 20 MB
 * take some 25 ms to collect, a tenth of the run, to lower a peak nobody is short of. A
 * 50,000-row plan's 150 MB are where it counts.
 */
const WORTH_COLLECTING = 64 * 1024 * 1024;

/**
 * A full garbage collection, now. V8 lets garbage pile up until the heap reaches a limit set
 * from what was live at its last collection: when `check --out` starts writing, that is the
 * garbage of reading and checking a plan (about 100 MB at 50,000 rows), which would otherwise
 * sit beside everything writing makes. One collection there, after the grids are let go, keeps
 * the peak lower for about the CPU time V8 would spend collecting later. The same way to reach
 * V8's collector as Jest uses for --logHeapUsage.
 */
export function collectGarbage(): void {
  if (getHeapStatistics().used_heap_size < WORTH_COLLECTING) return;
  if (!collector) {
    setFlagsFromString("--expose-gc");
    collector = runInNewContext("gc") as () => void;
  }
  collector();
}
