import { loadUserWorkbook } from "/work/wt/engine-fast/src/cli/workbook-file";
import { checkWorkbook, toReport } from "/work/wt/engine-fast/src/engine";
import { writeJson } from "/work/wt/engine-fast/src/cli/json-chunks";
async function main() {
  const file = process.argv[2];
  let t = performance.now();
  const lap = (name: string) => { const n = performance.now(); console.error(name.padEnd(10), (n - t).toFixed(0)); t = n; };
  const { grids } = await loadUserWorkbook(file, []);
  lap("load");
  const result = checkWorkbook(grids, { today: "2026-11-29", locale: "en-GB" });
  lap("check");
  const report = toReport(result, "x");
  lap("toReport");
  let n = 0;
  await writeJson(report, (s) => { n += s.length; });
  lap("writeJson");
  const s = JSON.stringify(report, null, 2);
  lap("stringify");
  console.error(n, s.length);
}
main();
