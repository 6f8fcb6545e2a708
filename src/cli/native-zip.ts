import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import zlib from "node:zlib";
import { concatBytes, crc32, type Deflated, type Deflater, type ZipCodec } from "../adapters/xlsx";

/**
 * Zlib's fastest level: at 50,000 rows it compresses a checked copy's 110 MB of new XML about
 * four times as fast as level 6, for a file about a third larger (8.1 MB against 5.9 MB).
 */
const LEVEL = 1;

/**
 * Pieces go to the compressing thread through a ring of shared slots, so that no piece is copied
 * into a message and none is left for the thread's garbage collector: the memory it takes is
 * these few slots. The writer waits only while every slot is still being compressed.
 */
const SLOTS = 3;
const SLOT_BYTES = 1 << 20;

/** Longest wait for the compressing thread; past it, the thread is taken to have died. */
const WAIT_MS = 120_000;

/** The shared counters: pieces put in the ring, pieces taken out of it, parts answered. */
const PUT = 0;
const TAKEN = 1;
const ANSWERED = 2;

/**
 * The compressing thread. It waits on the ring, never on its event loop: a piece is announced
 * by its slot's header (part id and length; a length of -1 ends the part), so that nothing but
 * each part's answer goes through a message. Each piece is deflated as it comes, ended with a
 * sync flush (no final block, byte-aligned), and a part is ended with an empty final block, so
 * that its pieces' streams join into one stream.
 */
const WORKER_SOURCE = `
const { workerData } = require("node:worker_threads");
const zlib = require("node:zlib");
const { port, signal, heads, ring, slots, slotBytes, level } = workerData;
const parts = new Map();
const crcOf = typeof zlib.crc32 === "function" ? zlib.crc32 : null;
for (let next = 0; ; next++) {
  while (Atomics.load(signal, ${PUT}) === next) Atomics.wait(signal, ${PUT}, next);
  const slot = next % slots;
  const id = heads[slot * 2];
  const length = heads[slot * 2 + 1];
  try {
    const part = parts.get(id) ?? { out: [], crc: 0, size: 0 };
    parts.set(id, part);
    if (length >= 0) {
      const chunk = new Uint8Array(ring, slot * slotBytes, length);
      part.out.push(zlib.deflateRawSync(chunk, { level, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
      if (crcOf) part.crc = crcOf(chunk, part.crc);
      part.size += length;
    } else {
      parts.delete(id);
      part.out.push(zlib.deflateRawSync(new Uint8Array(0), { level }));
      const data = Buffer.concat(part.out);
      part.out = [];
      // Handed over, not copied, when the bytes have their own buffer (any part over 4 KB).
      const own = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength;
      port.postMessage({ id, data, crc: part.crc, size: part.size, hasCrc: crcOf !== null }, own ? [data.buffer] : []);
    }
  } catch (error) {
    parts.delete(id);
    port.postMessage({ id, error: String((error && error.stack) || error) });
  }
  Atomics.store(signal, ${TAKEN}, next + 1);
  Atomics.notify(signal, ${TAKEN});
  if (length < 0) {
    Atomics.add(signal, ${ANSWERED}, 1);
    Atomics.notify(signal, ${ANSWERED});
  }
}
`;

interface Answer {
  id: number;
  data?: Uint8Array;
  crc?: number;
  size?: number;
  hasCrc?: boolean;
  error?: string;
}

/**
 * One thread beside the main one that deflates the large parts of a checked copy while the
 * main thread goes on writing the next: the copy's XML is written and compressed on two cores.
 * Everything stays synchronous for the caller: a part's bytes are waited for when first read
 * (by the save, most often, when they have long been ready).
 */
class CompressingThread {
  private readonly port: MessagePort;
  private readonly signal = new Int32Array(new SharedArrayBuffer(12));
  private readonly heads = new Int32Array(new SharedArrayBuffer(SLOTS * 8));
  private readonly ring = new SharedArrayBuffer(SLOTS * SLOT_BYTES);
  private put = 0;
  private nextId = 0;
  private readonly answers = new Map<number, Answer>();

  constructor() {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const workerData = { port: port2, signal: this.signal, heads: this.heads, ring: this.ring, slots: SLOTS, slotBytes: SLOT_BYTES, level: LEVEL };
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData, transferList: [port2] });
    // The thread never keeps the process alive: it has work only while the main thread waits for it.
    worker.unref();
    port1.unref();
  }

  newPart(): number {
    return this.nextId++;
  }

  /** Copies the chunk into the ring for the thread (the caller reuses its buffer), a slot at a time. */
  push(id: number, chunk: Uint8Array): void {
    for (let at = 0; at < chunk.length; at += SLOT_BYTES) {
      const piece = chunk.subarray(at, at + SLOT_BYTES);
      const slot = this.freeSlot();
      new Uint8Array(this.ring, slot * SLOT_BYTES, piece.length).set(piece);
      this.announce(slot, id, piece.length);
    }
  }

  finish(id: number): void {
    this.announce(this.freeSlot(), id, -1);
  }

  /** The next slot, once the thread has taken what it last held. */
  private freeSlot(): number {
    for (let taken = Atomics.load(this.signal, TAKEN); this.put - taken >= SLOTS; taken = Atomics.load(this.signal, TAKEN)) this.wait(TAKEN, taken);
    return this.put % SLOTS;
  }

  private announce(slot: number, id: number, length: number): void {
    this.heads[slot * 2] = id;
    this.heads[slot * 2 + 1] = length;
    Atomics.store(this.signal, PUT, ++this.put);
    Atomics.notify(this.signal, PUT);
  }

  /** The part's deflated bytes, waiting for the thread if it has not answered yet. */
  answer(id: number): Answer {
    for (;;) {
      const answer = this.answers.get(id);
      if (answer) {
        this.answers.delete(id);
        if (answer.error !== undefined) throw new Error(`compressing a part of the copy failed: ${answer.error}`);
        return answer;
      }
      const answered = Atomics.load(this.signal, ANSWERED);
      const message = receiveMessageOnPort(this.port);
      if (message) this.answers.set((message.message as Answer).id, message.message as Answer);
      else this.wait(ANSWERED, answered);
    }
  }

  private wait(slot: number, seen: number): void {
    if (Atomics.wait(this.signal, slot, seen, WAIT_MS) === "timed-out") throw new Error("the thread compressing the copy stopped answering");
  }
}

let thread: CompressingThread | null = null;

/** A part being deflated on the compressing thread: its bytes, CRC and size are taken when first asked for. */
class PendingPart implements Deflated {
  private done: Deflated | null = null;

  constructor(
    private readonly id: number,
    private readonly crcOnMain: { crc: number } | null,
  ) {}

  private result(): Deflated {
    if (this.done) return this.done;
    const answer = thread!.answer(this.id);
    this.done = { data: answer.data!, crc: answer.hasCrc ? answer.crc! : this.crcOnMain!.crc, size: answer.size! };
    return this.done;
  }

  get data(): Uint8Array {
    return this.result().data;
  }

  get crc(): number {
    return this.result().crc;
  }

  get size(): number {
    return this.result().size;
  }
}

/** A part whose first piece is this large is deflated on the compressing thread: a thread is worth starting only for large parts. */
const THREAD_FROM_BYTES = 1 << 19;

function threadDeflater(): Deflater {
  thread ??= new CompressingThread();
  const id = thread.newPart();
  // zlib.crc32 came in Node 20.15; before it, the package's own runs here.
  const crcOnMain = typeof zlib.crc32 === "function" ? null : { crc: 0 };
  return {
    push(chunk) {
      if (crcOnMain) crcOnMain.crc = crc32(chunk, crcOnMain.crc);
      thread!.push(id, chunk);
    },
    finish() {
      thread!.finish(id);
      return new PendingPart(id, crcOnMain);
    },
  };
}

/**
 * Node's zlib for the parts of a checked copy: a large part on the compressing thread, a small
 * one here. A part given in pieces is compressed piece by piece; no piece is held, so that the
 * caller may reuse its buffer.
 */
export function nativeDeflater(): Deflater {
  let chosen: Deflater | null = null;
  return {
    push(chunk) {
      chosen ??= thread !== null || chunk.length >= THREAD_FROM_BYTES ? threadDeflater() : smallDeflater();
      chosen.push(chunk);
    },
    finish() {
      return (chosen ??= smallDeflater()).finish();
    },
  };
}

/** Deflates a part on the main thread. */
function smallDeflater(): Deflater {
  const out: Uint8Array[] = [];
  let crc = 0;
  let size = 0;
  const crcOf = typeof zlib.crc32 === "function" ? zlib.crc32 : crc32;
  return {
    push(chunk) {
      out.push(zlib.deflateRawSync(chunk, { level: LEVEL, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
      crc = crcOf(chunk, crc);
      size += chunk.length;
    },
    finish() {
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
