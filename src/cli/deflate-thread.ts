import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";

/**
 * Zlib on a thread of its own, for the large parts of a checked copy: at 50,000 rows their
 * 80 MB of XML take the main thread some 0.3 s to compress, time in which it could be making
 * the next megabyte. The main thread hands over each chunk as it is made and goes on; the
 * thread compresses it as the main thread would have (the same function, so the same bytes).
 * A part's caller is synchronous, so answers are taken without the event loop: the thread posts
 * them on a port the main thread reads with receiveMessageOnPort, and wakes it through a shared
 * counter it may wait on with Atomics.wait.
 */
const THREAD_SOURCE = `
const { workerData } = require("node:worker_threads");
const zlib = require("node:zlib");
const { port, signal, level, collectEvery, slots } = workerData;
// Zlib's output is Buffers outside the heap, which V8 lets pile up to some 64 MB before it
// collects them: collected every few chunks instead, a heap this small in a millisecond.
require("node:v8").setFlagsFromString("--expose-gc");
const collect = require("node:vm").runInNewContext("gc");
let jobs = 0;
port.on("message", (job) => {
  if (++jobs % collectEvery === 0) collect({ type: "minor" });
  let answer;
  try {
    const data = new Uint8Array(zlib.deflateRawSync(new Uint8Array(slots[job.slot], 0, job.length), { level, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    answer = { part: job.part, seq: job.seq, slot: job.slot, data };
  } catch (error) {
    answer = { part: job.part, seq: job.seq, slot: job.slot, error: String((error && error.stack) || error) };
  }
  port.postMessage(answer, answer.data ? [answer.data.buffer] : []);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
});
`;

interface Answer {
  part: number;
  seq: number;
  slot: number;
  data?: Uint8Array;
  error?: string;
}

/**
 * Chunks handed over and not yet answered, at most, each in a slot of memory both threads see
 * (made once: a megabyte's buffer made anew for each chunk costs most of a millisecond). Past
 * them the main thread compresses the chunk itself rather than wait: a thread still starting, or
 * on a machine with no core to spare, then costs nothing, and memory stays a few megabytes.
 */
const SLOTS = 6;

/** A slot's size: a part writer's chunk (package.ts), or more for a part set whole, which is then compressed here. */
const SLOT_BYTES = 1 << 20;

/** Chunks the thread compresses between collections of its garbage. */
const COLLECT_EVERY = 8;

/** No answer in this long means the thread is gone: a megabyte compresses in milliseconds. */
const WAIT_MS = 30_000;

interface PartState {
  /** Compressed chunks by their place in the part; a hole is one the thread has not answered yet. */
  pieces: Uint8Array[];
  pending: number;
}

export class DeflateThread {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private readonly slots = Array.from({ length: SLOTS }, () => new SharedArrayBuffer(SLOT_BYTES));
  private readonly views = this.slots.map((slot) => new Uint8Array(slot));
  private readonly free = this.slots.map((_, i) => i);
  private readonly parts = new Map<number, PartState>();
  private nextPart = 0;

  /** `compress` is what the thread does, with zlib at `level`: the main thread does it when the thread is busy. */
  constructor(
    level: number,
    private readonly compress: (chunk: Uint8Array) => Uint8Array,
  ) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(THREAD_SOURCE, { eval: true, workerData: { port: port2, signal: this.signal, level, collectEvery: COLLECT_EVERY, slots: this.slots }, transferList: [port2] });
    // The thread never keeps the process alive: every part is taken from it before the save.
    this.worker.unref();
    this.port.unref();
  }

  open(): number {
    const part = this.nextPart++;
    this.parts.set(part, { pieces: [], pending: 0 });
    return part;
  }

  /** Compresses the chunk as the part's next piece, on the thread (given a copy: the caller may write over it at once) unless its slots are all taken. */
  push(part: number, chunk: Uint8Array): void {
    const state = this.parts.get(part)!;
    const seq = state.pieces.length;
    while (this.receive(false));
    const slot = chunk.length <= SLOT_BYTES ? this.free.pop() : undefined;
    if (slot === undefined) {
      state.pieces.push(this.compress(chunk));
      return;
    }
    state.pieces.length++;
    this.views[slot].set(chunk);
    this.port.postMessage({ part, seq, slot, length: chunk.length });
    state.pending++;
  }

  /** The part's compressed pieces, in order, once the thread has answered for all of them. */
  finish(part: number): Uint8Array[] {
    const state = this.parts.get(part)!;
    while (state.pending > 0) this.receive(true);
    this.parts.delete(part);
    return state.pieces;
  }

  /** Takes one answer; waits for it when `wait`, else gives false when there is none yet. */
  private receive(wait: boolean): boolean {
    for (;;) {
      const seen = Atomics.load(this.signal, 0);
      const message = receiveMessageOnPort(this.port);
      if (message) {
        this.take(message.message as Answer);
        return true;
      }
      if (!wait) return false;
      if (Atomics.wait(this.signal, 0, seen, WAIT_MS) === "timed-out") throw new Error("the compression thread stopped answering");
    }
  }

  private take(answer: Answer): void {
    this.free.push(answer.slot);
    if (answer.error !== undefined) throw new Error(`compressing a part failed: ${answer.error}`);
    const state = this.parts.get(answer.part)!;
    state.pieces[answer.seq] = answer.data!;
    state.pending--;
  }
}
