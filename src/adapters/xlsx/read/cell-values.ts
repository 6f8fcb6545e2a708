import type { Cell, CellValue } from "../../../engine";
import { decodeExcelEscapes } from "../xml";
import { displayText, utcToSerial } from "./display-text";
import type { CellFormat } from "./styles";

/** What every sheet of a workbook is read with: its shared strings, cell formats and date system. */
export interface SheetContext {
  strings: string[];
  formats: CellFormat[];
  date1904: boolean;
}

/** A cell's value from its type (t=) and its <v> or inline text, as written. */
export function typedValue(type: string | undefined, raw: string | null, inline: string | null, ctx: SheetContext): CellValue {
  switch (type) {
    case "s":
      return raw === null ? null : (ctx.strings[Number(raw)] ?? null);
    case "inlineStr":
      return inline === null ? raw : decodeExcelEscapes(inline);
    case "str":
      return raw === null ? null : decodeExcelEscapes(raw);
    case "b":
      return raw === null ? null : raw === "1" || raw === "true";
    case "e":
      return raw;
    case "d": {
      if (raw === null) return null;
      const time = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(raw) ? raw : `${raw}Z`);
      return Number.isNaN(time) ? raw : utcToSerial(new Date(time), ctx.date1904);
    }
    default: {
      if (raw === null || raw === "") return null;
      const n = Number(raw);
      return Number.isNaN(n) ? raw : n;
    }
  }
}

/** Number cells kept this many per style at most: a sheet of all-different numbers gains nothing from remembering them. */
const NUMBERS_PER_STYLE = 1 << 16;

/**
 * Cells by style and value, each made once: a plan repeats a few thousand strings, months and
 * amounts over its hundreds of thousands of cells, and rendering a cell's display text costs
 * more than looking it up. The grid's cells are never changed once read, so that equal cells
 * may be one object.
 */
export class CellCache {
  /** By style, then by shared string index: null where such a cell shows nothing and has no fill. */
  private readonly byString: ((Cell | null)[] | undefined)[] = [];
  private readonly byNumber: (Map<number, Cell> | undefined)[] = [];
  /** By style: the cell with no value, null where it has no fill either. */
  private readonly blanks: (Cell | null | undefined)[] = [];

  constructor(private readonly ctx: SheetContext) {}

  /** The cell showing shared string `index` in `style`; null when it would show nothing and has no fill. */
  sharedString(style: number, index: number): Cell | null {
    const cells = (this.byString[style] ??= []);
    let cell = cells[index];
    if (cell === undefined) {
      cell = this.make(style, this.ctx.strings[index] ?? null);
      if (index < this.ctx.strings.length) cells[index] = cell;
    }
    return cell;
  }

  number(style: number, value: number): Cell {
    // A Map takes -0 for 0: a -0 as written is given a cell of its own.
    if (Object.is(value, -0)) return this.make(style, value)!;
    const cells = (this.byNumber[style] ??= new Map());
    let cell = cells.get(value);
    if (cell === undefined) {
      cell = this.make(style, value)!;
      if (cells.size < NUMBERS_PER_STYLE) cells.set(value, cell);
    }
    return cell;
  }

  /**
   * A cell of its own; null when it would show nothing and has no fill, as Excel's object model has no such cell.
   * A cell with no value (a fill alone: a painted RAG, banding) is one per style, as a shared string's is.
   */
  make(style: number, value: CellValue): Cell | null {
    if (value !== null) return this.fresh(style, value);
    let cell = this.blanks[style];
    if (cell === undefined) this.blanks[style] = cell = this.fresh(style, null);
    return cell;
  }

  private fresh(style: number, value: CellValue): Cell | null {
    const format = this.ctx.formats[style];
    const fill = format?.fill;
    if (value === null && !fill) return null;
    const numberFormat = format?.numberFormat;
    return { value, text: displayText(value, numberFormat, this.ctx.date1904), numberFormat, fill };
  }
}
