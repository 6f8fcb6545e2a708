import os from "node:os";
import zlib from "node:zlib";
import { concatBytes, crc32, type Deflater, type ZipCodec } from "../adapters/xlsx";
import { DeflateThread } from "./deflate-thread";

/**
 * Zlib's fastest level: at 50,000 rows it compresses a checked copy's 110 MB of new XML about
 * four times as fast as level 6, for a file about a third larger (8.1 MB against 5.9 MB).
 */
const LEVEL = 1;

// zlib.crc32 came in Node 20.15; the package's own is the fallback.
const crcOf = typeof zlib.crc32 === "function" ? zlib.crc32 : crc32;

/** A piece of a part, compressed to join the others: ended with a sync flush, so that no final block comes before theirs. */
const compressPiece = (chunk: Uint8Array): Uint8Array => zlib.deflateRawSync(chunk, { level: LEVEL, finishFlush: zlib.constants.Z_SYNC_FLUSH });

/** A chunk this large is compressed on the thread: smaller, a part is done sooner than the thread would answer. */
const THREAD_CHUNK_BYTES = 256 * 1024;

let thread: DeflateThread | undefined;

/**
 * Whether the parts being written are large enough for the thread to pay: said by the one writer
 * measured with it, a checked copy (useDeflateThread); any other writing compresses on this thread.
 */
let threadWanted = false;

/**
 * Says whether the parts about to be written are large enough for the thread, and if so starts
 * it ahead of them. For a small plan's copy, whose parts zlib compresses in a few milliseconds,
 * starting it cost more: 40 ms and 10 MB at 1,000 rows, measured.
 */
export function useDeflateThread(wanted: boolean): void {
  threadWanted = wanted;
  if (wanted) startDeflateThread();
}

/** Starts the compression thread, when a core is free for it: it takes some tens of milliseconds to start, on the other core while this one goes on. */
function startDeflateThread(): void {
  if (spareCore()) thread ??= new DeflateThread(LEVEL, compressPiece);
}

let spare: boolean | undefined;

/** All cores' idle time so far, in milliseconds, and when it was read; null where the system does not say (os.cpus() is empty in some containers). */
function idleTime(): { idle: number; at: number } | null {
  const cpus = os.cpus();
  if (cpus.length === 0) return null;
  let idle = 0;
  for (const cpu of cpus) idle += cpu.times.idle;
  return { idle, at: Date.now() };
}

// Read as the CLI starts (it loads this module to read the plan): what the other cores did while
// this run read and checked the plan is the best guess at what they will do while it writes.
const startIdle = idleTime();

/**
 * Idle time of the other cores, per millisecond since the start, from which one is taken for
 * free: on two cores otherwise idle a run at 50,000 rows leaves 0.39 to 0.46 (V8's own helper
 * threads take the rest), with other work keeping the other core busy 0.05 to 0.09.
 */
const IDLE_SHARE = 0.25;

/** Shorter than this since the start, idle times (counted in hundredths of a second) say too little. */
const SAMPLE_MS = 100;

/**
 * True when a core looks free for the thread: the other cores were idle a good part of the time
 * since this run started (it keeps one core busy itself), or, on a run too short to tell or a
 * system that does not say, the last minute's load is under the number of cores. The load is no good guide on its own: runs
 * of this tool one after another (with V8's helper threads and this thread) keep it near 2 on
 * two cores, which turned the thread off while the other core was free (50,000 rows: 2.71 s
 * without against 2.58 s with it, at a load of 2.0), and it lags a minute behind other work.
 * On a machine already busy the thread only takes turns with the main thread, and each chunk
 * handed over may cost the main thread its core: 0.5 s more at 50,000 rows on two cores under a
 * load of 4 to 5, measured.
 */
function spareCore(): boolean {
  return (spare ??= os.availableParallelism() >= 2 && otherCoresIdle());
}

function otherCoresIdle(): boolean {
  const now = idleTime();
  const elapsed = now && startIdle ? now.at - startIdle.at : 0;
  if (!now || !startIdle || elapsed < SAMPLE_MS) return os.loadavg()[0] < os.availableParallelism();
  return (now.idle - startIdle.idle) / elapsed >= IDLE_SHARE;
}

/**
 * Node's zlib, several times faster than deflate in JavaScript, for the parts of a checked copy.
 * A part given in pieces is compressed piece by piece, each ended with a sync flush (no final
 * block, byte-aligned), then an empty final block: the pieces' streams join into one stream, and
 * no piece is held, so that the caller may reuse its buffer. A large part's pieces are
 * compressed on a thread of their own (deflate-thread.ts) while the caller makes the next.
 */
export function nativeDeflater(): Deflater {
  const out: Uint8Array[] = [];
  let crc = 0;
  let size = 0;
  let part: number | null = null;
  return {
    push(chunk) {
      if (part === null && threadWanted && chunk.length >= THREAD_CHUNK_BYTES) {
        startDeflateThread();
        part = thread ? thread.open() : null;
      }
      if (part === null) out.push(compressPiece(chunk));
      else thread!.push(part, chunk);
      crc = crcOf(chunk, crc);
      size += chunk.length;
    },
    finish() {
      if (part !== null) out.push(...thread!.finish(part));
      out.push(zlib.deflateRawSync(new Uint8Array(0), { level: LEVEL }));
      return { data: concatBytes(out), crc, size };
    },
  };
}

/**
 * Node's zlib inflating a part read, cut at its declared size as the JavaScript one is. Zlib's
 * own errors (a stream that is not deflate data, or longer than declared) mean a damaged part.
 */
export function nativeInflate(raw: Uint8Array, size: number): Uint8Array | null {
  try {
    // Inflated into one buffer of the declared size: in zlib's usual 16 KB chunks, a 10 MB sheet would be copied once more to join them.
    return zlib.inflateRawSync(raw, { maxOutputLength: size, chunkSize: Math.max(size, zlib.constants.Z_MIN_CHUNK) });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && (code.startsWith("Z_") || code === "ERR_BUFFER_TOO_LARGE")) return null;
    throw error;
  }
}

export const NATIVE_ZIP: ZipCodec = { newDeflater: nativeDeflater, inflate: nativeInflate };
