import type { Io } from "../../src/cli/main";

/** The CLI's output held as text, as a test reads it, on a fixed today. */
export function captureIo(today = "2026-11-23"): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: "",
    stderr: "",
    out: (text: string) => void (io.stdout += text),
    err: (text: string) => void (io.stderr += text),
    today: () => today,
  };
  return io;
}
