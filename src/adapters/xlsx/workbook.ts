import type { Grid } from "../../engine";
import { fileProblem } from "./errors";
import { Package } from "./package";
import type { NewDeflater } from "./zip";
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

  /** `newDeflater`: a faster compressor the host has for the parts written (Node's zlib in the CLI). */
  static open(bytes: Uint8Array, newDeflater?: NewDeflater): XlsxWorkbook {
    const workbook = new XlsxWorkbook(Package.open(bytes, newDeflater));
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

  /** A worksheet read into the engine's grid (read once, then remembered). */
  read(name: string): SheetRead {
    let read = this.sheetsRead.get(name);
    if (!read) {
      const entry = this.sheet(name);
      if (!entry) throw new Error(`no worksheet named ${name}`);
      read = readSheet(this.pkg.text(entry.part), entry.part, entry.name, this.sheetContext());
      this.sheetsRead.set(name, read);
    }
    return read;
  }

  grid(name: string): Grid {
    return this.read(name).grid;
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

/** Every worksheet's grid, in workbook order: for tests and tools that want them all. */
export function readGrids(bytes: Uint8Array): { workbook: XlsxWorkbook; grids: Grid[] } {
  const workbook = XlsxWorkbook.open(bytes);
  return { workbook, grids: workbook.sheetNames().map((name) => workbook.grid(name)) };
}
