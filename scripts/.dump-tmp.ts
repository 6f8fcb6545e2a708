import ExcelJS from "exceljs";
async function main() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(process.argv[2]);
  for (const ws of wb.worksheets) {
    console.log(`== ${ws.name} merges=${JSON.stringify((ws.model as any).merges)}`);
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (c, col) => {
        let v: any = c.value;
        if (v instanceof Date) v = "DATE:" + v.toISOString().slice(0, 10) + "/" + c.numFmt;
        else if (typeof v === "number") v = "NUM:" + v + (c.numFmt ? "/" + c.numFmt : "");
        else v = String(v).slice(0, 25).replace(/\n/g, "⏎");
        const fill = (c.fill as any)?.fgColor?.argb;
        cells.push(`${c.address}=${v}${fill ? "[" + fill + "]" : ""}`);
      });
      console.log(r, cells.join(" | "));
    });
  }
}
main();
