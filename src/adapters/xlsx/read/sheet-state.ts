import type { Cell } from "../../../engine";
import { fileProblem } from "../errors";
import { LIMITS } from "../limits";
import { textOf } from "../xml-bytes";
import { CellCache, typedValue, type SheetContext } from "./cell-values";
import { plainIndex, plainNumber } from "./plain-number";

/** Rows wider than this (Excel's own are at most 16,384 columns) are grown as any array, not made at their width. */
const MADE_AT_WIDTH = 1 << 16;

/**
 * A worksheet's rows as its tags are read, and the row and cell being read. Both ways of reading
 * a tag (in place, or through the tokenizer) move the reading on through these same steps.
 */
export class SheetState {
  readonly rows: (Cell | undefined)[][] = [];
  rowNumber = 0;
  col = 0;
  // The row's cells as read, and their columns: its array is made at its end, at its width.
  private readonly rowCells: Cell[] = [];
  private readonly rowCols: number[] = [];
  private rowCount = 0;
  private rowHasValue = false;
  /** The row's array once made: a cell read after its row ended (no writer does so) joins it, as it always has. */
  private made: (Cell | undefined)[] | null = null;
  private count = 0;
  // The cell being read: its type (t=), style, and its <v>'s text as bytes[rawStart, rawEnd).
  private type: string | undefined = undefined;
  private style = 0;
  rawStart = -1;
  rawEnd = -1;
  /** The texts of its inline string's runs, once an <is> is met; and whether one is open. */
  inline: string[] | null = null;
  inInline = false;
  private readonly cache: CellCache;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly sheet: string,
    private readonly ctx: SheetContext,
  ) {
    this.cache = new CellCache(ctx);
  }

  startRow(rowNumber: number): void {
    this.rowNumber = rowNumber;
    this.col = 0;
    this.rowCount = 0;
    this.rowHasValue = false;
    this.made = null;
  }

  endRow(): void {
    // As Excel's own object model, a row of blank cells (fills alone) is no row of values.
    if (!this.rowHasValue) return;
    this.made ??= this.rowArray();
    this.rows[this.rowNumber - 1] = this.made;
  }

  /**
   * The row's cells at their columns, in an array made at the row's width: grown a cell at a
   * time, each of a plan's rows would hold room for 17. Columns no array index can be are kept as
   * an array keeps them, as properties.
   */
  private rowArray(): (Cell | undefined)[] {
    let width = 0;
    for (let i = 0; i < this.rowCount; i++) {
      const col = this.rowCols[i];
      if (col > width && Number.isInteger(col)) width = col;
    }
    const cells: (Cell | undefined)[] = width <= MADE_AT_WIDTH ? new Array<Cell | undefined>(width) : [];
    for (let i = 0; i < this.rowCount; i++) cells[this.rowCols[i] - 1] = this.rowCells[i];
    return cells;
  }

  startCell(col: number, type: string | undefined, style: number): void {
    this.col = col;
    this.type = type;
    this.style = style;
    this.rawStart = -1;
    this.inline = null;
    if (++this.count > LIMITS.cellsPerSheet) throw fileProblem({ kind: "too-many-cells", sheet: this.sheet, count: this.count });
  }

  /**
   * The common cells, a shared string or a plain number, are read in place and come from the
   * cache; a value holding a reference ("&#49;") is neither, and is read from its text.
   */
  endCell(): void {
    const { bytes, rawStart, rawEnd, type, style } = this;
    let cell: Cell | null;
    if (type === "s" && rawStart >= 0) {
      const index = plainIndex(bytes, rawStart, rawEnd);
      cell = Number.isNaN(index) ? this.cache.make(style, typedValue(type, this.rawText(), null, this.ctx)) : this.cache.sharedString(style, index);
    } else if ((type === undefined || type === "n") && rawStart >= 0 && rawStart < rawEnd) {
      const n = plainNumber(bytes, rawStart, rawEnd);
      cell = Number.isNaN(n) ? this.cache.make(style, typedValue(type, this.rawText(), null, this.ctx)) : this.cache.number(style, n);
    } else cell = this.cache.make(style, typedValue(type, this.rawText(), this.inline && this.inline.join(""), this.ctx));
    if (cell !== null) {
      if (this.made !== null) this.made[this.col - 1] = cell;
      this.rowCells[this.rowCount] = cell;
      this.rowCols[this.rowCount++] = this.col;
      if (cell.value !== null) this.rowHasValue = true;
    }
  }

  private rawText(): string | null {
    return this.rawStart < 0 ? null : textOf(this.bytes, this.rawStart, this.rawEnd);
  }
}
