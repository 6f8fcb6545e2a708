import type { Io } from "../../src/cli/main";

const utf8 = new TextDecoder();

/** The CLI's output held as text, as a test reads it, on a fixed today. The JSON report comes as UTF-8, in whole characters. */
export function captureIo(today = "2026-11-23"): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: "",
    stderr: "",
    out: (data: string | Uint8Array) => void (io.stdout += typeof data === "string" ? data : utf8.decode(data)),
    err: (text: string) => void (io.stderr += text),
    today: () => today,
  };
  return io;
}
