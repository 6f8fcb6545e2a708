import type { Row } from "./cells";
import { text } from "./cells";
import type { DataBar, SummarySheet, SummarySheetKey } from "./write-types";
import { columnLetter } from "../grid";
import { STYLES } from "./palette";
import { rowHeights } from "./row-heights";

/** Rows appended top to bottom, so a formula can name the row a cell will land on. */
export class SheetBuilder {
  readonly rows: Row[] = [];
  readonly dataBars: DataBar[] = [];

  /** The 1-based row number the next `add` writes. */
  get next(): number {
    return this.rows.length + 1;
  }

  add(...cells: Row): number {
    this.rows.push(cells);
    return this.rows.length;
  }

  blank(): void {
    this.rows.push([]);
  }

  /** Ends the sheet with the marker line (saying what makes the sheet anew) and lays it out for print. */
  finish(key: SummarySheetKey, name: string, widths: number[], frozenRows: number, markerText = "Written by Action Plan Checker: this sheet is replaced each time the plan is checked."): SummarySheet {
    const marker = { cell: `A${this.next + 1}`, text: markerText };
    this.blank();
    this.add(text(marker.text, "small"));
    const area = `A1:${columnLetter(widths.length)}${this.rows.length}`;
    return {
      key,
      name,
      marker,
      rows: this.rows,
      widths,
      rowHeights: rowHeights(this.rows, widths, STYLES),
      frozenRows,
      print: { orientation: "landscape", fitToWidth: true, area },
      tables: [],
      dataBars: this.dataBars,
    };
  }
}
