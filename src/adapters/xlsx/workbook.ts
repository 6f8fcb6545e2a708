import { strToU8 } from "fflate";
import type { CellValue, Grid } from "../../engine";
import { fileProblem } from "./errors";
import { refOf } from "./cells";
import { Package } from "./package";
import type { ZipCodec } from "./zip";
import { blankPackage } from "./write/blank";
import { readSharedStrings } from "./read/shared-strings";
import { readSheet, type SheetContext, type SheetRead } from "./read/sheet";
import { readCellFormats, type CellFormat } from "./read/styles";
import { readBook, type BookInfo, type SheetEntry } from "./read/workbook";

/**
 * An opened .xlsx: the package, what workbook.xml says, and the sheets read so far. Shared
 * strings and styles are read once, on the first sheet asked for; a sheet not asked for is
 * never parsed.
 */
export class XlsxWorkbook {
  private context: SheetContext | null = null;
  private readonly sheetsRead = new Map<string, SheetRead>();
  book: BookInfo;

  private constructor(readonly pkg: Package) {
    this.book = readBook(pkg);
  }

  /** `codec`: a faster inflate and deflate the host has (Node's zlib in the CLI). */
  static open(bytes: Uint8Array, codec?: ZipCodec): XlsxWorkbook {
    const workbook = new XlsxWorkbook(Package.open(bytes, codec));
    if (workbook.book.allSheetIds.length === 0) throw fileProblem({ kind: "not-workbook" });
    return workbook;
  }

  /** A workbook with no sheet yet, to write new sheets into. */
  static blank(): XlsxWorkbook {
    return new XlsxWorkbook(Package.open(blankPackage()));
  }

  /** Worksheet names in workbook order (chart sheets left out). */
  sheetNames(): string[] {
    return this.book.sheets.map((s) => s.name);
  }

  sheet(name: string): SheetEntry | undefined {
    return this.book.sheets.find((s) => s.name === name);
  }

  private sheetContext(): SheetContext {
    this.context ??= {
      strings: readSharedStrings(this.pkg, this.book.sharedStringsPart),
      formats: readCellFormats(this.pkg, this.book.stylesPart),
      date1904: this.book.date1904,
    };
    return this.context;
  }

  /** The workbook's cell formats, by style index. */
  cellFormats(): CellFormat[] {
    return this.sheetContext().formats;
  }

  /**
   * A worksheet read into the engine's grid (read once, then remembered). `toWriteInto`: its XML
   * will be patched next (a checked copy), and is kept for that rather than inflated again.
   */
  read(name: string, toWriteInto = false): SheetRead {
    let read = this.sheetsRead.get(name);
    if (!read) {
      const entry = this.sheet(name);
      if (!entry) throw new Error(`no worksheet named ${name}`);
      read = readSheet(this.pkg.bytes(entry.part, toWriteInto), entry.part, entry.name, this.sheetContext());
      this.sheetsRead.set(name, read);
    }
    return read;
  }

  grid(name: string, toWriteInto = false): Grid {
    return this.read(name, toWriteInto).grid;
  }

  /**
   * One cell's value (1-based): found by its reference in the sheet's XML when it has one,
   * without reading the grid, since the checker's markers sit at the foot of sheets of tens of
   * thousands of rows. A sheet whose cells lack references is read whole.
   */
  cellValue(name: string, row: number, col: number): CellValue {
    const entry = this.sheet(name);
    if (!entry) throw new Error(`no worksheet named ${name}`);
    const read = this.sheetsRead.get(name);
    const cell = read ? null : cellElement(this.pkg.text(entry.part), refOf(row, col));
    const grid = cell === null ? this.grid(name) : readSheet(strToU8(`<sheetData><row r="${row}">${cell}</row></sheetData>`), entry.part, entry.name, this.sheetContext()).grid;
    return grid.rows[row - 1]?.[col - 1]?.value ?? null;
  }

  /** Forgets what was read: after the package has been changed (a clear), sheets are read anew. */
  refresh(): void {
    this.book = readBook(this.pkg);
    this.context = null;
    this.sheetsRead.clear();
  }

  save(): Uint8Array {
    return this.pkg.save();
  }
}

/** The markup of the cell element with reference `ref`, any prefix kept; null when no `<c>` carries it. */
function cellElement(xml: string, ref: string): string | null {
  for (let at = xml.indexOf(` r="${ref}"`); at >= 0; at = xml.indexOf(` r="${ref}"`, at + 1)) {
    const open = xml.lastIndexOf("<", at);
    const name = /^<([\w.-]+:)?c[\s/>]/.exec(xml.slice(open, open + 40));
    const close = xml.indexOf(">", at);
    if (!name || close < 0 || xml.lastIndexOf(">", at) > open) continue;
    if (xml[close - 1] === "/") return xml.slice(open, close + 1);
    const end = xml.indexOf(`</${name[1] ?? ""}c>`, close);
    return end < 0 ? null : xml.slice(open, end + `</${name[1] ?? ""}c>`.length);
  }
  return null;
}

/** Every worksheet's grid, in workbook order: for tests and tools that want them all. */
export function readGrids(bytes: Uint8Array): { workbook: XlsxWorkbook; grids: Grid[] } {
  const workbook = XlsxWorkbook.open(bytes);
  return { workbook, grids: workbook.sheetNames().map((name) => workbook.grid(name)) };
}
