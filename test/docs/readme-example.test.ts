/**
 * The README's example output is what the CLI prints on the bundled example, so that it cannot
 * drift from the tool: every line the README shows is printed, in the same order, and each `…`
 * stands for one or more lines the README leaves out.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { main } from "../../src/cli/main";
import { captureIo } from "../cli/capture-io";

const ROOT = path.resolve(__dirname, "../..");

/** The command and the lines of the README's marked example, without their indent. */
function readmeExample(): { command: string[]; lines: string[] } {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const block = /<!-- example-output -->\n([\s\S]*?)<!-- \/example-output -->/.exec(readme)?.[1] ?? "";
  // Blank lines are left out on both sides: the README spaces its block as Markdown needs.
  const [prompt, ...lines] = block.split("\n").filter((line) => line.startsWith("    ")).map((line) => line.slice(4));
  return { command: prompt.replace(/^\$ npx action-plan /, "").split(" "), lines };
}

/** The README's lines matched against the output in order; null when they all are, else the first line that is not. */
function firstMismatch(shown: string[], printed: string[]): string | null {
  let at = 0;
  for (let i = 0; i < shown.length; i++) {
    if (shown[i].trim() === "…") {
      // A gap: at least one line left out, then the next shown line wherever it comes.
      const next = shown[i + 1];
      if (next === undefined) return at < printed.length ? null : "…";
      const found = printed.indexOf(next, at + 1);
      if (found === -1) return next;
      at = found;
      continue;
    }
    if (printed[at] !== shown[i]) return shown[i];
    at++;
  }
  return null;
}

it("the README's example output is what `action-plan check` prints on the example", async () => {
  const { command, lines } = readmeExample();
  expect(command).toEqual(["check", "examples/lac-progress-2016.xlsx"]);
  const io = captureIo();
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    await main(command, io);
  } finally {
    process.chdir(cwd);
  }
  expect(lines.length).toBeGreaterThan(20);
  expect(firstMismatch(lines, io.stdout.split("\n").filter((line) => line !== ""))).toBeNull();
});
