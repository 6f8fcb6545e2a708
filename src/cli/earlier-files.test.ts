import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { earlierFilesIn } from "./earlier-files";
import { temporaryFolder } from "../../test/fixtures/temp-folder";

/** A folder of empty files at these paths: only names are matched here, never read. */
function folderOf(files: string[]): string {
  const root = temporaryFolder("action-plan-earlier-");
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), "");
  }
  return root;
}

describe("earlierFilesIn: each workbook's file in last month's folder", () => {
  const last = folderOf(["children/lac.xlsx", "adults/lac.xlsx", "finance/Pressures.XLSX", "~$orders.xlsx", "notes.txt", "orders.xlsm"]);
  const now = folderOf(["children/lac.xlsx", "health/lac.xlsx", "finance/2016/pressures.xlsx", "orders.xlsm"]);

  it("takes the file at the same path first, else the one file of that name (in any case)", async () => {
    const earlierOf = await earlierFilesIn(last, null, [now]);
    expect(earlierOf(path.join(now, "children/lac.xlsx"))).toEqual({ since: { file: path.join(last, "children/lac.xlsx"), sheet: null } });
    expect(earlierOf(path.join(now, "finance/2016/pressures.xlsx"))).toEqual({ since: { file: path.join(last, "finance/Pressures.XLSX"), sheet: null } });
    expect(earlierOf(path.join(now, "orders.xlsm"))).toEqual({ since: { file: path.join(last, "orders.xlsm"), sheet: null } });
  });

  it("compares with none when no file, or several, have its name, and says which", async () => {
    const earlierOf = await earlierFilesIn(last, null, [now]);
    expect(earlierOf(path.join(now, "health/lac.xlsx"))).toEqual({ none: expect.stringMatching(/^not compared: 2 files in '.*' are named 'lac\.xlsx' \(adults\/lac\.xlsx, children\/lac\.xlsx\)/) });
    expect(earlierOf(path.join(now, "new.xlsx"))).toEqual({ none: `no earlier version in '${last.split(path.sep).join("/")}' to compare with` });
  });

  it("refuses a file or a sheet where it needs a folder", async () => {
    await expect(earlierFilesIn(path.join(last, "orders.xlsm"), null, [now])).rejects.toThrow(/--since needs the folder of their earlier versions .* is not a folder\.$/);
    await expect(earlierFilesIn(path.join(last, "orders.xlsm"), "Plan", [now])).rejects.toThrow(/'.*orders\.xlsm#Plan' is not a folder\.$/);
  });
});
