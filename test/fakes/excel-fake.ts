/**
 * A fake of the Excel (Office.js) objects the adapters use, true to the documented behaviour
 * that matters to us, because office-addin-mock returns marker strings for unloaded properties
 * and so cannot catch a missing load:
 * - reading a property before `load()` + `context.sync()` throws PropertyNotLoaded;
 * - every sync is recorded, with its request and response size (JSON length), and one over
 *   5 MB rejects with RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded;
 * - a string written to `values` that starts with "=", "+" or "-" becomes a formula, unless the
 *   cell's number format is text ("@"), which keeps it text as Excel does for typed entries;
 * - a failure can be injected at the Nth sync; a failed sync changes nothing;
 * - the writer's objects: fills and fonts, RangeAreas (refusing addresses over 8,192 characters),
 *   notes, sheets added, deleted and very hidden, tables, data bars, frozen panes, page layout,
 *   and an `Excel.run` stub that records its options.
 * Methods are queued and run at sync, in order, against an in-memory workbook.
 * Not modelled: formula evaluation (a formula's value is "#NAME?"), date parsing of written
 * strings, number formatting of `text` (text is stored as given, or String(value)).
 */
import type { CellValue, Grid, MergedArea } from "../../src/engine/grid";
import { columnLetter } from "../../src/engine/grid";

/** Excel on the web's limit, in bytes, on one request and on one response. */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

// ---------------------------------------------------------------- the in-memory workbook

export interface FakeCell {
  value: CellValue;
  /** What Excel would show; defaults to String(value). */
  text?: string;
  numberFormat?: string;
  /** "#RRGGBB"; absent means no fill. */
  fill?: string;
  formula?: string;
  /** Fonts, wrap and alignment the writer sets; absent on the user's cells. */
  format?: FakeFormat;
}

export interface FakeFormat {
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  size?: number;
  fontColor?: string;
  wrap?: boolean;
  verticalAlignment?: string;
}

export interface FakeTable {
  name: string;
  sheet: FakeSheetModel;
  ref: string;
  style?: string;
}

export interface FakeDataBar {
  range: string;
  color?: string;
}

export interface FakePageLayout {
  orientation?: string;
  printArea?: string;
  zoom?: unknown;
  printTitleRows?: string;
}

/** A rectangle, 0-based as Office.js indexes are. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Whether a cell counts towards the used range: any cell, or (valuesOnly) one with a value or a formula. */
function isUsed(cell: FakeCell | undefined, valuesOnly: boolean): boolean {
  if (cell === undefined) return false;
  return !valuesOnly || cell.formula !== undefined || (cell.value !== null && cell.value !== "");
}

/**
 * A sheet's cells, keeping the used rectangles worked out from them up to date: the adapter asks
 * for the used range on every block it reads and writes, and scanning every cell each time was
 * most of the fake's work. A new cell only widens a rectangle; a cell taken away from its edge
 * makes it be worked out again when next asked.
 */
class CellMap extends Map<string, FakeCell> {
  // Private fields stay out of the models' snapshots, which tests compare whole.
  readonly #used = new Map<boolean, Rect | null>();
  override set(key: string, cell: FakeCell): this {
    const before = this.get(key);
    for (const [valuesOnly, rect] of this.#used) {
      if (isUsed(cell, valuesOnly)) this.#used.set(valuesOnly, widened(rect, key));
      else if (isUsed(before, valuesOnly)) this.#used.delete(valuesOnly);
    }
    return super.set(key, cell);
  }
  override delete(key: string): boolean {
    const before = this.get(key);
    for (const valuesOnly of [...this.#used.keys()]) if (isUsed(before, valuesOnly)) this.#used.delete(valuesOnly);
    return super.delete(key);
  }
  override clear(): void {
    this.#used.clear();
    super.clear();
  }
  usedRect(valuesOnly: boolean): Rect | null {
    if (!this.#used.has(valuesOnly)) this.#used.set(valuesOnly, this.#scan(valuesOnly));
    return this.#used.get(valuesOnly)!;
  }
  #scan(valuesOnly: boolean): Rect | null {
    let rect: Rect | null = null;
    for (const [key, cell] of this) if (isUsed(cell, valuesOnly)) rect = widened(rect, key);
    return rect;
  }
}

/** `rect` grown to hold the cell at `key` ("row,col"). */
function widened(rect: Rect | null, key: string): Rect {
  const comma = key.indexOf(",");
  const r = Number(key.slice(0, comma));
  const c = Number(key.slice(comma + 1));
  if (rect === null) return { row: r, col: c, rows: 1, cols: 1 };
  if (r >= rect.row && r < rect.row + rect.rows && c >= rect.col && c < rect.col + rect.cols) return rect;
  const top = Math.min(rect.row, r), left = Math.min(rect.col, c);
  const bottom = Math.max(rect.row + rect.rows - 1, r), right = Math.max(rect.col + rect.cols - 1, c);
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

export class FakeSheetModel {
  /** Keyed by `${row},${col}`, 0-based. A cell is replaced, never changed in place. */
  readonly cells = new CellMap();
  /** 1-based and inclusive, like the engine's. */
  merges: MergedArea[] = [];
  protected = false;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  /** Notes keyed like cells. */
  readonly notes = new Map<string, string>();
  /** Column widths in points, by 0-based column. */
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  frozenRows = 0;
  readonly dataBars: FakeDataBar[] = [];
  pageLayout: FakePageLayout = {};
  constructor(public name: string) {}

  /** Changes a cell; a cell left with nothing on it is dropped, as if never touched. */
  updateCell(row: number, col: number, change: (cell: FakeCell) => FakeCell): void {
    const next = change(this.cell(row, col) ?? { value: null });
    const empty = next.value === null && next.text === undefined && next.numberFormat === undefined && next.fill === undefined &&
      next.formula === undefined && (next.format === undefined || Object.keys(next.format).length === 0);
    if (empty) this.cells.delete(`${row},${col}`);
    else this.setCell(row, col, next);
  }

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  setCell(row: number, col: number, cell: FakeCell): void {
    this.cells.set(`${row},${col}`, cell);
  }

  /** The smallest rectangle holding every cell with a value (or with anything, when !valuesOnly). */
  usedRect(valuesOnly: boolean): Rect | null {
    return this.cells.usedRect(valuesOnly);
  }
}

export class FakeWorkbookModel {
  readonly sheets: FakeSheetModel[] = [];
  readonly tables: FakeTable[] = [];
  activeSheet = 0;
  /** Review > Protect Workbook: no sheet may be added, deleted, renamed or hidden. */
  structureProtected = false;

  /** Excel refuses a change to the sheet list of a workbook whose structure is protected. */
  refuseIfStructureProtected(): void {
    if (this.structureProtected) throw new FakeRichApiError("AccessDenied", "The workbook's structure is protected.");
  }

  removeSheet(sheet: FakeSheetModel): void {
    const index = this.sheets.indexOf(sheet);
    if (index < 0) throw new FakeRichApiError("ItemNotFound", "The worksheet does not exist.");
    if (!this.sheets.some((s) => s !== sheet && s.visibility === "Visible")) {
      throw new FakeRichApiError("InvalidOperation", "A workbook must keep at least one visible sheet.");
    }
    this.sheets.splice(index, 1);
    if (this.activeSheet > index) this.activeSheet--;
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i].sheet === sheet) this.tables.splice(i, 1);
  }

  addSheet(name: string): FakeSheetModel {
    const sheet = new FakeSheetModel(name);
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
}

/** A sheet holding exactly what a Grid describes, so a read can be compared with its source. */
export function sheetFromGrid(workbook: FakeWorkbookModel, grid: Grid): FakeSheetModel {
  const sheet = workbook.addSheet(grid.name);
  grid.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell) sheet.setCell(r, c, { value: cell.value, text: cell.text, numberFormat: cell.numberFormat, fill: cell.fill });
    }),
  );
  sheet.merges = grid.merges.map((m) => ({ ...m }));
  return sheet;
}

// ---------------------------------------------------------------- errors as Office.js raises them

/** Shaped like OfficeExtension.Error: callers branch on `code`. */
export class FakeRichApiError extends Error {
  override readonly name = "RichApi.Error";
  constructor(public readonly code: string, message: string) {
    super(message);
  }
}

function notLoaded(what: string): FakeRichApiError {
  return new FakeRichApiError(
    "PropertyNotLoaded",
    `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

// ---------------------------------------------------------------- addresses

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B2", "A1:C3" or "Sheet1!A1:C3" → rectangle. Whole rows/columns are not needed by the adapters. */
export function rectOf(address: string): Rect {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const m = /^\$?([A-Za-z]+)\$?(\d+)(?::\$?([A-Za-z]+)\$?(\d+))?$/.exec(local.trim());
  if (!m) throw new FakeRichApiError("InvalidArgument", `The fake cannot read the address '${address}'.`);
  const [, c1, r1, c2 = c1, r2 = r1] = m;
  const row = Math.min(Number(r1), Number(r2)) - 1;
  const col = Math.min(columnIndex(c1), columnIndex(c2));
  return { row, col, rows: Math.abs(Number(r2) - Number(r1)) + 1, cols: Math.abs(columnIndex(c2) - columnIndex(c1)) + 1 };
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function addressOf(sheet: string, rect: Rect): string {
  const a = `${columnLetter(rect.col + 1)}${rect.row + 1}`;
  const b = `${columnLetter(rect.col + rect.cols)}${rect.row + rect.rows}`;
  return `${quoteSheet(sheet)}!${a === b ? a : `${a}:${b}`}`;
}

// ---------------------------------------------------------------- the request context and syncs

export interface SyncRecord {
  /** 1-based. */
  index: number;
  requestBytes: number;
  responseBytes: number;
  /** The error code the sync failed with, if it did. */
  failed?: string;
}

interface QueuedOp {
  /** Bytes this operation adds to the request. */
  requestBytes: number;
  /** Runs at sync; returns the response it produced (measured as JSON), or nothing. */
  run(): unknown;
  /** Makes loaded values readable, once the whole sync has succeeded. */
  commit?(): void;
  /** True when the operation changes the workbook. */
  writes?: boolean;
}

/** What every queued operation costs in the request besides its data: object path and method. */
const OP_OVERHEAD_BYTES = 60;

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly syncs: SyncRecord[] = [];
  private queue: QueuedOp[] = [];
  private injected = new Map<number, FakeRichApiError>();

  /** The fake refuses a request or a response over this, as Excel on the web does over 5 MB. */
  constructor(readonly model: FakeWorkbookModel, readonly payloadLimitBytes = PAYLOAD_LIMIT_BYTES) {
    this.workbook = new FakeWorkbook(this);
  }

  /** The next sync numbered `n` (1-based, counting all syncs) rejects with `code`, doing nothing. */
  failAtSync(n: number, code = "GeneralException", message = "Injected failure."): void {
    this.injected.set(n, new FakeRichApiError(code, message));
  }

  get largestResponseBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.responseBytes));
  }

  get largestRequestBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.requestBytes));
  }

  /** @internal used by the fake objects. */
  enqueue(op: QueuedOp): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const record: SyncRecord = { index: this.syncs.length + 1, requestBytes: 0, responseBytes: 0 };
    this.syncs.push(record);
    record.requestBytes = ops.reduce((sum, op) => sum + OP_OVERHEAD_BYTES + op.requestBytes, 0);
    const fail = (error: FakeRichApiError): never => {
      record.failed = error.code;
      throw error;
    };
    const injected = this.injected.get(record.index);
    if (injected) fail(injected);
    if (record.requestBytes > this.payloadLimitBytes) {
      fail(new FakeRichApiError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit."));
    }
    // Writes are tried on a copy, so that a batch refused for its response size changes nothing.
    const saved = ops.some((op) => op.writes) ? snapshotCells(this.model) : null;
    for (const op of ops) {
      const response = op.run();
      if (response !== undefined) record.responseBytes += JSON.stringify(response).length;
    }
    if (record.responseBytes > this.payloadLimitBytes) {
      if (saved) restoreCells(this.model, saved);
      fail(new FakeRichApiError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit."));
    }
    for (const op of ops) op.commit?.();
  }
}

function snapshotCells(model: FakeWorkbookModel): Map<FakeSheetModel, Map<string, FakeCell>> {
  return new Map(model.sheets.map((s) => [s, new Map(s.cells)]));
}

function restoreCells(model: FakeWorkbookModel, saved: Map<FakeSheetModel, Map<string, FakeCell>>): void {
  for (const sheet of model.sheets) {
    const cells = saved.get(sheet);
    if (!cells) continue;
    sheet.cells.clear();
    for (const [k, v] of cells) sheet.cells.set(k, v);
  }
}

// ---------------------------------------------------------------- loadable objects

/** Property names from `load("a,b")`, `load(["a"])` or `load({ a: true })`. */
function propertyNames(props: unknown): string[] | null {
  if (props === undefined) return null;
  if (typeof props === "string") return props.split(",").map((p) => p.trim()).filter(Boolean);
  if (Array.isArray(props)) return props.map(String);
  if (typeof props === "object" && props !== null) return Object.keys(props);
  return null;
}

/**
 * Base of every fake object with loadable properties: `load` queues a read that is answered at
 * sync from the model, and a getter throws unless that sync has happened.
 */
abstract class FakeClientObject {
  private loaded = new Map<string, unknown>();
  private synced = false;
  private nullObject = false;

  constructor(protected readonly ctx: FakeRequestContext, private readonly typeName: string) {}

  /** Every scalar property the object offers, for `load()` with no argument. */
  protected abstract readonly scalarNames: readonly string[];
  /** The property's value now, from the model; null object when `exists()` is false. */
  protected abstract current(name: string): unknown;
  protected exists(): boolean {
    return true;
  }

  load(props?: unknown): this {
    const names = propertyNames(props) ?? [...this.scalarNames];
    for (const name of names) {
      if (!this.scalarNames.includes(name)) {
        throw new FakeRichApiError("InvalidArgument", `The fake ${this.typeName} has no property '${name}' to load.`);
      }
    }
    let answer = new Map<string, unknown>();
    let isNull = false;
    this.ctx.enqueue({
      requestBytes: JSON.stringify(names).length,
      run: () => {
        isNull = !this.exists();
        answer = new Map(isNull ? [] : names.map((n) => [n, this.current(n)]));
        return isNull ? null : Object.fromEntries(answer);
      },
      commit: () => {
        this.synced = true;
        this.nullObject = isNull;
        for (const [k, v] of answer) this.loaded.set(k, v);
      },
    });
    return this;
  }

  get isNullObject(): boolean {
    if (!this.synced) throw notLoaded(`${this.typeName}.isNullObject`);
    return this.nullObject;
  }

  /** What a loaded object travels as in a response: its loaded properties only. */
  toJSON(): unknown {
    return Object.fromEntries(this.loaded);
  }

  /** @internal Marks properties loaded as if a sync had answered them (a collection loading its items). */
  answered(values: Map<string, unknown>): void {
    this.synced = true;
    for (const [k, v] of values) this.loaded.set(k, v);
  }

  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) throw notLoaded(`${this.typeName}.${name}`);
    return this.loaded.get(name) as T;
  }

  /** Queues a write, applied at sync in order with the reads. */
  protected write(data: unknown, apply: () => void): void {
    this.ctx.enqueue({ requestBytes: JSON.stringify(data).length, writes: true, run: () => { apply(); return undefined; } });
  }
}

/** OfficeExtension.ClientResult: `value` is there only after the sync. */
export class FakeClientResult<T> {
  private result: { value: T } | null = null;
  constructor(ctx: FakeRequestContext, compute: () => T, requestBytes: number) {
    let answer: T;
    ctx.enqueue({
      requestBytes,
      run: () => (answer = compute()),
      commit: () => (this.result = { value: answer }),
    });
  }

  get value(): T {
    if (!this.result) throw notLoaded("ClientResult.value");
    return this.result.value;
  }
}

// ---------------------------------------------------------------- workbook and worksheets

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly notes: FakeNoteCollection;
  readonly tables: FakeNameList;
  /** Defined names: the fake holds none. */
  readonly names: FakeNameList;
  readonly protection: FakeWorkbookProtection;
  constructor(ctx: FakeRequestContext) {
    this.protection = new FakeWorkbookProtection(ctx);
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.notes = new FakeNoteCollection(ctx);
    this.tables = new FakeNameList(ctx, "TableCollection", () => ctx.model.tables.map((t) => t.name));
    this.names = new FakeNameList(ctx, "NamedItemCollection", () => []);
  }
}

/** WorkbookProtection (ExcelApi 1.7): whether the workbook's structure is protected. */
export class FakeWorkbookProtection extends FakeClientObject {
  protected readonly scalarNames = ["protected"] as const;
  constructor(ctx: FakeRequestContext) {
    super(ctx, "WorkbookProtection");
  }

  protected current(): unknown {
    return this.ctx.model.structureProtected;
  }

  get protected(): boolean {
    return this.read<boolean>("protected");
  }
}

export class FakeWorksheetCollection extends FakeClientObject {
  protected readonly scalarNames = [] as const;
  private loadedItems: FakeWorksheet[] | null = null;
  constructor(ctx: FakeRequestContext) {
    super(ctx, "WorksheetCollection");
  }

  protected current(): unknown {
    return undefined;
  }

  /** `load("items/name")`, `load("name")` or `load("items")`: the sheets, with those properties. */
  override load(props?: unknown): this {
    const names = (propertyNames(props) ?? ["name"]).map((p) => p.replace(/^items\//, "")).filter((p) => p !== "items");
    let answer: FakeWorksheet[] = [];
    const answers: Map<string, unknown>[] = [];
    this.ctx.enqueue({
      requestBytes: JSON.stringify(names).length,
      run: () => {
        answer = this.ctx.model.sheets.map((s) => new FakeWorksheet(this.ctx, () => s));
        answers.length = 0;
        for (const sheet of answer) answers.push(new Map(names.map((n) => [n, sheet.propertyNow(n)])));
        return answers.map((a) => Object.fromEntries(a));
      },
      commit: () => {
        answer.forEach((sheet, i) => sheet.answered(answers[i]));
        this.loadedItems = answer;
      },
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw notLoaded("WorksheetCollection.items");
    return this.loadedItems;
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.model.sheets[this.ctx.model.activeSheet]);
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const sheet = this.ctx.model.sheet(name);
      if (!sheet) throw new FakeRichApiError("ItemNotFound", `The requested resource '${name}' doesn't exist.`);
      return sheet;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.model.sheet(name));
  }

  add(name: string): FakeWorksheet {
    let added: FakeSheetModel | undefined;
    this.ctx.enqueue({
      requestBytes: name.length,
      writes: true,
      run: () => {
        this.ctx.model.refuseIfStructureProtected();
        if (this.ctx.model.sheet(name)) throw new FakeRichApiError("ItemAlreadyExists", `A sheet named '${name}' already exists.`);
        added = this.ctx.model.addSheet(name);
        return undefined;
      },
    });
    return new FakeWorksheet(this.ctx, () => added);
  }
}

export class FakeWorksheet extends FakeClientObject {
  protected readonly scalarNames = ["name", "position", "visibility"] as const;
  readonly protection: FakeWorksheetProtection;

  /** `resolve` is called at sync: the sheet is found then, as Excel finds it. */
  constructor(ctx: FakeRequestContext, readonly resolve: () => FakeSheetModel | undefined) {
    super(ctx, "Worksheet");
    this.protection = new FakeWorksheetProtection(ctx, resolve);
  }

  protected override exists(): boolean {
    return this.resolve() !== undefined;
  }

  protected current(name: string): unknown {
    const sheet = this.resolve();
    if (!sheet) return undefined;
    if (name === "name") return sheet.name;
    if (name === "position") return this.ctx.model.sheets.indexOf(sheet);
    return sheet.visibility;
  }

  get name(): string {
    return this.read<string>("name");
  }

  get visibility(): string {
    return this.read<string>("visibility");
  }
  set visibility(value: string) {
    this.write(value, () => {
      const sheet = this.sheetOrThrow();
      if (value === "Visible" || value === "Hidden" || value === "VeryHidden") sheet.visibility = value;
      else throw new FakeRichApiError("InvalidArgument", `No visibility '${value}'.`);
    });
  }

  delete(): void {
    this.write(null, () => {
      this.ctx.model.refuseIfStructureProtected();
      this.ctx.model.removeSheet(this.sheetOrThrow());
    });
  }

  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.ctx, () => this.sheetOrThrow());
  }

  get freezePanes(): { freezeRows(count: number): void } {
    return { freezeRows: (count: number) => this.write(count, () => (this.sheetOrThrow().frozenRows = count)) };
  }

  get pageLayout(): FakePageLayoutObject {
    return new FakePageLayoutObject(this.ctx, () => this.sheetOrThrow());
  }

  /** RangeAreas (ExcelApi 1.9); "A1:B2,D5" on this sheet. */
  getRanges(address: string): FakeWritableRangeAreas {
    return new FakeWritableRangeAreas(this.ctx, () => {
      if (address.length > MAX_RANGE_AREAS_ADDRESS) {
        throw new FakeRichApiError("InvalidArgument", `The address is ${address.length} characters long; Excel refuses very long addresses.`);
      }
      return { sheet: this.sheetOrThrow(), rects: address.split(",").map(rectOf) };
    }, address.length);
  }

  /** @internal The property's value now, for a collection answering for its items. */
  propertyNow(name: string): unknown {
    return this.current(name);
  }

  private sheetOrThrow(): FakeSheetModel {
    const sheet = this.resolve();
    if (!sheet) throw new FakeRichApiError("ItemNotFound", "The worksheet does not exist.");
    return sheet;
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.sheetOrThrow();
      const rect = sheet.usedRect(valuesOnly);
      return rect ? { sheet, rect } : null;
    });
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.sheetOrThrow();
      // An empty sheet's used range is A1, as in Excel.
      return { sheet, rect: sheet.usedRect(valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 } };
    });
  }

  getRange(address: string): FakeRange {
    const rect = rectOf(address);
    return new FakeRange(this.ctx, () => ({ sheet: this.sheetOrThrow(), rect }));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    const rect = { row: startRow, col: startColumn, rows: rowCount, cols: columnCount };
    return new FakeRange(this.ctx, () => ({ sheet: this.sheetOrThrow(), rect }));
  }

  activate(): void {
    this.write(null, () => {
      this.ctx.model.activeSheet = this.ctx.model.sheets.indexOf(this.sheetOrThrow());
    });
  }
}

export class FakeWorksheetProtection extends FakeClientObject {
  protected readonly scalarNames = ["protected"] as const;
  constructor(ctx: FakeRequestContext, private readonly resolve: () => FakeSheetModel | undefined) {
    super(ctx, "WorksheetProtection");
  }

  protected current(): unknown {
    return this.resolve()?.protected ?? false;
  }

  get protected(): boolean {
    return this.read<boolean>("protected");
  }
}

// ---------------------------------------------------------------- ranges

interface Located {
  sheet: FakeSheetModel;
  rect: Rect;
}

/**
 * Excel's rule for a string written to values: a leading "=", "+" or "-" makes a formula and a
 * number-like string a number; in a text-formatted ("@") cell a string stays as written.
 */
function cellFromWritten(value: unknown, numberFormat: string | undefined): FakeCell {
  if (typeof value === "string" && value !== "" && numberFormat === "@") return { value, numberFormat };
  if (typeof value === "string" && value !== "") {
    if (/^[+-]?\d+(\.\d+)?$/.test(value.trim())) return { value: Number(value), numberFormat };
    if (/^[=+-]/.test(value)) return { value: "#NAME?", text: "#NAME?", formula: value.startsWith("=") ? value : `=${value}`, numberFormat };
  }
  const v: CellValue = typeof value === "number" || typeof value === "boolean" || typeof value === "string" ? value : null;
  return { value: v === "" ? null : v, numberFormat };
}

function textOf(cell: FakeCell | undefined): string {
  if (!cell || cell.value === null) return "";
  if (cell.text !== undefined) return cell.text;
  if (typeof cell.value === "boolean") return cell.value ? "TRUE" : "FALSE";
  return String(cell.value);
}

export class FakeRange extends FakeClientObject {
  protected readonly scalarNames = [
    "address", "rowIndex", "columnIndex", "rowCount", "columnCount", "values", "text", "numberFormat", "formulas", "cellCount",
  ] as const;

  constructor(ctx: FakeRequestContext, readonly locate: () => Located | null) {
    super(ctx, "Range");
  }

  protected override exists(): boolean {
    return this.locate() !== null;
  }

  private grid<T>(at: Located, f: (cell: FakeCell | undefined) => T): T[][] {
    const { sheet, rect } = at;
    return Array.from({ length: rect.rows }, (_, r) =>
      Array.from({ length: rect.cols }, (_, c) => f(sheet.cell(rect.row + r, rect.col + c))),
    );
  }

  protected current(name: string): unknown {
    const at = this.locate();
    if (!at) return undefined;
    const { rect } = at;
    switch (name) {
      case "address": return addressOf(at.sheet.name, rect);
      case "rowIndex": return rect.row;
      case "columnIndex": return rect.col;
      case "rowCount": return rect.rows;
      case "columnCount": return rect.cols;
      case "cellCount": return rect.rows * rect.cols;
      case "values": return this.grid(at, (c) => c?.value ?? "");
      case "text": return this.grid(at, textOf);
      case "numberFormat": return this.grid(at, (c) => c?.numberFormat ?? "General");
      case "formulas": return this.grid(at, (c) => c?.formula ?? c?.value ?? "");
      default: return undefined;
    }
  }

  get address(): string { return this.read("address"); }
  get rowIndex(): number { return this.read("rowIndex"); }
  get columnIndex(): number { return this.read("columnIndex"); }
  get rowCount(): number { return this.read("rowCount"); }
  get columnCount(): number { return this.read("columnCount"); }
  get cellCount(): number { return this.read("cellCount"); }
  get text(): string[][] { return this.read("text"); }
  get formulas(): unknown[][] { return this.read("formulas"); }

  get values(): unknown[][] { return this.read("values"); }
  set values(values: unknown[][]) {
    this.write(values, () => {
      const at = this.located();
      this.forEachCell(at, values, (row, col, v) => {
        at.sheet.updateCell(row, col, (old) => {
          const written = cellFromWritten(v, old.numberFormat);
          if (old.fill !== undefined) written.fill = old.fill;
          if (old.format !== undefined) written.format = old.format;
          return written;
        });
      });
    });
  }

  get numberFormat(): string[][] { return this.read("numberFormat"); }
  set numberFormat(formats: string[][]) {
    this.write(formats, () => {
      const at = this.located();
      this.forEachCell(at, formats, (row, col, f) => {
        at.sheet.updateCell(row, col, (cell) => ({ ...cell, numberFormat: String(f), text: undefined }));
      });
    });
  }

  private located(): Located {
    const at = this.locate();
    if (!at) throw new FakeRichApiError("InvalidReference", "The range is a null object.");
    return at;
  }

  /** Excel requires a written array to match the range's shape exactly. */
  private forEachCell(at: Located, data: unknown[][], f: (row: number, col: number, v: unknown) => void): void {
    const { rect } = at;
    if (data.length !== rect.rows || data.some((r) => r.length !== rect.cols)) {
      throw new FakeRichApiError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
    }
    data.forEach((row, r) => row.forEach((v, c) => f(rect.row + r, rect.col + c, v)));
  }

  private derived(transform: (rect: Rect) => Rect): FakeRange {
    return new FakeRange(this.ctx, () => {
      const at = this.located();
      return { sheet: at.sheet, rect: transform(at.rect) };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived((r) => ({ ...r, rows: r.rows + deltaRows, cols: r.cols + deltaColumns }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived((r) => ({ ...r, row: r.row + rowOffset, col: r.col + columnOffset }));
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.ctx, () => {
      const at = this.located();
      return { sheet: at.sheet, rects: [at.rect] };
    }, 0);
  }

  getEntireColumn(): FakeRange {
    return this.derived((r) => ({ row: 0, col: r.col, rows: EXCEL_ROWS, cols: r.cols }));
  }

  get conditionalFormats(): { add(type: string): { dataBar: { positiveFormat: { fillColor: string } } } } {
    return {
      add: (type: string) => {
        if (type !== "DataBar") throw new FakeRichApiError("InvalidArgument", `The fake models data bars only, not '${type}'.`);
        const bar: FakeDataBar = { range: "" };
        this.write(type, () => {
          const at = this.located();
          bar.range = addressOf(at.sheet.name, at.rect);
          at.sheet.dataBars.push(bar);
        });
        const write = (data: unknown, apply: () => void) => this.ctx.enqueue({ requestBytes: JSON.stringify(data).length, writes: true, run: () => { apply(); return undefined; } });
        return { dataBar: { positiveFormat: { set fillColor(color: string) { write(color, () => (bar.color = color)); }, get fillColor(): string { throw notLoaded("ConditionalDataBarPositiveFormat.fillColor"); } } } };
      },
    };
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived((r) => ({ row: r.row + row, col: r.col + column, rows: 1, cols: 1 }));
  }

  /** Only `format.fill.color` and `format.fill.pattern` are modelled; a cell without fill is white, pattern "None". */
  getCellProperties(options: { format?: { fill?: { color?: boolean; pattern?: boolean } } }): FakeClientResult<{ format?: { fill?: { color?: string; pattern?: string } } }[][]> {
    const wanted = options.format?.fill ?? {};
    return new FakeClientResult(this.ctx, () => this.grid(this.located(), (cell) => {
      const fill: { color?: string; pattern?: string } = {};
      if (wanted.color) fill.color = cell?.fill ?? "#FFFFFF";
      if (wanted.pattern) fill.pattern = cell?.fill ? "Solid" : "None";
      return { format: { fill } };
    }), JSON.stringify(options).length);
  }

  /**
   * The merged areas touching the range, each whole (that Excel reports a crossing area whole is
   * unverified); fails over 512 areas as the typings document.
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      const { sheet, rect } = this.located();
      const touching = sheet.merges.filter(
        (m) => m.top - 1 < rect.row + rect.rows && m.bottom - 1 >= rect.row && m.left - 1 < rect.col + rect.cols && m.right - 1 >= rect.col,
      );
      if (touching.length > 512) throw new FakeRichApiError("GeneralException", "More than 512 merged areas.");
      return touching.length === 0 ? null : { sheet, areas: touching };
    });
  }
}

export class FakeRangeAreas extends FakeClientObject {
  protected readonly scalarNames = ["address", "areaCount"] as const;
  constructor(ctx: FakeRequestContext, private readonly locate: () => { sheet: FakeSheetModel; areas: MergedArea[] } | null) {
    super(ctx, "RangeAreas");
  }

  protected override exists(): boolean {
    return this.locate() !== null;
  }

  protected current(name: string): unknown {
    const at = this.locate();
    if (!at) return undefined;
    if (name === "areaCount") return at.areas.length;
    return at.areas
      .map((m) => addressOf(at.sheet.name, { row: m.top - 1, col: m.left - 1, rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 }))
      .join(",");
  }

  get address(): string { return this.read("address"); }
  get areaCount(): number { return this.read("areaCount"); }
}

// ---------------------------------------------------------------- the Office global and Excel.run

/**
 * Installs a global `Office` whose `isSetSupported("ExcelApi", v)` answers true up to `excelApi`
 * ("1.13" by default), and whose document settings are an in-memory map; returns that map.
 */
export function installOfficeStub(excelApi = "1.13"): Map<string, unknown> {
  const [major, minor] = excelApi.split(".").map(Number);
  const settings = new Map<string, unknown>();
  const office = {
    context: {
      requirements: {
        isSetSupported(name: string, version?: string): boolean {
          if (name !== "ExcelApi") return false;
          const [vMajor, vMinor = 0] = (version ?? "1.1").split(".").map(Number);
          return vMajor < major || (vMajor === major && vMinor <= minor);
        },
      },
      document: {
        settings: {
          get: (key: string): unknown => settings.get(key) ?? null,
          set: (key: string, value: unknown): void => void settings.set(key, value),
          remove: (key: string): void => void settings.delete(key),
          saveAsync: (callback?: (result: { status: string }) => void): void => callback?.({ status: "succeeded" }),
        },
      },
    },
  };
  Object.assign(globalThis, { Office: office });
  return settings;
}

export function removeOfficeStub(): void {
  Reflect.deleteProperty(globalThis, "Office");
}

/** A fake workbook and its request context, with the context typed as the adapters expect it. */
export function fakeExcel(model = new FakeWorkbookModel(), payloadLimitBytes = PAYLOAD_LIMIT_BYTES): { model: FakeWorkbookModel; fake: FakeRequestContext; context: Excel.RequestContext } {
  const fake = new FakeRequestContext(model, payloadLimitBytes);
  // The fake implements only what the adapters use; the cast is confined to this one place.
  return { model, fake, context: fake as unknown as Excel.RequestContext };
}

/** The fake's worksheet typed as Excel.Worksheet, for calls such as readWorksheet(context, sheet). */
export function asExcel(sheet: FakeWorksheet): Excel.Worksheet {
  return sheet as unknown as Excel.Worksheet;
}

// ---------------------------------------------------------------- the writer's objects

/** Rows in a worksheet, for whole columns. */
const EXCEL_ROWS = 1_048_576;
/** RangeAreas addresses much past ~8,200 characters are reported to fail; the fake refuses them. */
export const MAX_RANGE_AREAS_ADDRESS = 8_192;

interface Areas {
  sheet: FakeSheetModel;
  rects: Rect[];
}

/** Queues a write against the model; it runs at sync, in order. */
function queueWrite(ctx: FakeRequestContext, data: unknown, apply: () => void, extraBytes = 0): void {
  ctx.enqueue({ requestBytes: JSON.stringify(data ?? null).length + extraBytes, writes: true, run: () => { apply(); return undefined; } });
}

function eachCellOf(areas: Areas, f: (row: number, col: number) => void): void {
  for (const rect of areas.rects) {
    if (rect.rows === EXCEL_ROWS) throw new FakeRichApiError("InvalidOperation", "The fake formats whole columns only through columnWidth.");
    for (let r = 0; r < rect.rows; r++) for (let c = 0; c < rect.cols; c++) f(rect.row + r, rect.col + c);
  }
}

/** RangeFormat of a Range or RangeAreas: fill, font, wrap, vertical alignment, column width. */
export class FakeRangeFormat {
  constructor(private readonly ctx: FakeRequestContext, private readonly areas: () => Areas, private readonly addressBytes: number) {}

  private setFormat(data: unknown, change: (cell: FakeCell) => FakeCell): void {
    queueWrite(this.ctx, data, () => {
      const areas = this.areas();
      eachCellOf(areas, (row, col) => areas.sheet.updateCell(row, col, change));
    }, this.addressBytes);
  }

  private setFont(key: keyof FakeFormat, value: unknown): void {
    this.setFormat(value, (cell) => ({ ...cell, format: { ...cell.format, [key]: value } }));
  }

  get fill(): { color: string; clear(): void } {
    const setFormat = (data: unknown, change: (cell: FakeCell) => FakeCell) => this.setFormat(data, change);
    return {
      set color(color: string) {
        setFormat(color, (cell) => ({ ...cell, fill: color.toUpperCase() }));
      },
      get color(): string {
        throw notLoaded("RangeFill.color");
      },
      clear: () => setFormat(null, (cell) => {
        const rest = { ...cell };
        delete rest.fill;
        return rest;
      }),
    };
  }

  get font(): { bold: boolean; italic: boolean; underline: string; size: number; color: string } {
    const setFont = (key: keyof FakeFormat, value: unknown) => this.setFont(key, value);
    const unread = (what: string): never => { throw notLoaded(`RangeFont.${what}`); };
    return {
      set bold(v: boolean) { setFont("bold", v); }, get bold(): boolean { return unread("bold"); },
      set italic(v: boolean) { setFont("italic", v); }, get italic(): boolean { return unread("italic"); },
      set underline(v: string) { setFont("underline", v); }, get underline(): string { return unread("underline"); },
      set size(v: number) { setFont("size", v); }, get size(): number { return unread("size"); },
      set color(v: string) { setFont("fontColor", v); }, get color(): string { return unread("color"); },
    };
  }

  set wrapText(v: boolean) { this.setFont("wrap", v); }
  get wrapText(): boolean { throw notLoaded("RangeFormat.wrapText"); }
  set verticalAlignment(v: string) { this.setFont("verticalAlignment", v); }
  get verticalAlignment(): string { throw notLoaded("RangeFormat.verticalAlignment"); }

  set columnWidth(points: number) {
    queueWrite(this.ctx, points, () => {
      const areas = this.areas();
      for (const rect of areas.rects) for (let c = 0; c < rect.cols; c++) areas.sheet.columnWidths.set(rect.col + c, points);
    });
  }
  get columnWidth(): number { throw notLoaded("RangeFormat.columnWidth"); }

  set rowHeight(points: number) {
    queueWrite(this.ctx, points, () => {
      const areas = this.areas();
      for (const rect of areas.rects) for (let r = 0; r < rect.rows; r++) areas.sheet.rowHeights.set(rect.row + r, points);
    });
  }
  get rowHeight(): number { throw notLoaded("RangeFormat.rowHeight"); }
}

/** RangeAreas from `worksheet.getRanges`, as the writer uses it: its format. */
export class FakeWritableRangeAreas {
  readonly format: FakeRangeFormat;
  constructor(ctx: FakeRequestContext, areas: () => Areas, addressBytes: number) {
    this.format = new FakeRangeFormat(ctx, areas, addressBytes);
  }
}

/** "'Plan, 2024'!B7" or "Plan!B7" → sheet name and cell. */
function splitAddress(address: string): { sheet: string; cell: string } {
  const m = /^(?:'((?:[^']|'')*)'|([^'!]+))!(.+)$/.exec(address);
  if (!m) throw new FakeRichApiError("InvalidArgument", `The fake needs a sheet in the note address '${address}'.`);
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), cell: m[3] };
}

/**
 * Finds a note's sheet and cell when asked, at sync, as Excel does; the address is read once, not
 * at each of the several looks a sync takes (a clear of 25,000 notes spent most of its time here).
 */
function noteLocator(ctx: FakeRequestContext, address: string): () => { sheet: FakeSheetModel; key: string } | undefined {
  let parsed: { sheet: string; key: string } | undefined;
  return () => {
    if (!parsed) {
      const { sheet, cell } = splitAddress(address);
      const rect = rectOf(cell);
      parsed = { sheet, key: `${rect.row},${rect.col}` };
    }
    const model = ctx.model.sheet(parsed.sheet);
    return model ? { sheet: model, key: parsed.key } : undefined;
  };
}

export class FakeNote extends FakeClientObject {
  protected readonly scalarNames = ["content", "authorName"] as const;
  constructor(ctx: FakeRequestContext, private readonly locate: () => { sheet: FakeSheetModel; key: string } | undefined) {
    super(ctx, "Note");
  }

  private found(): { sheet: FakeSheetModel; key: string } | undefined {
    const at = this.locate();
    return at && at.sheet.notes.has(at.key) ? at : undefined;
  }

  protected override exists(): boolean {
    return this.found() !== undefined;
  }

  protected current(name: string): unknown {
    const at = this.found();
    if (!at) return undefined;
    return name === "content" ? at.sheet.notes.get(at.key) : "Fake author";
  }

  private foundOrThrow(): { sheet: FakeSheetModel; key: string } {
    const at = this.found();
    if (!at) throw new FakeRichApiError("ItemNotFound", "The note does not exist.");
    return at;
  }

  get content(): string { return this.read("content"); }
  set content(text: string) {
    this.write(text, () => {
      const at = this.foundOrThrow();
      at.sheet.notes.set(at.key, text);
    });
  }

  delete(): void {
    this.write(null, () => {
      const at = this.foundOrThrow();
      at.sheet.notes.delete(at.key);
    });
  }
}

/** Notes (ExcelApi 1.18), addressed "Sheet!A1" as the workbook's collection is. */
export class FakeNoteCollection {
  constructor(private readonly ctx: FakeRequestContext) {}

  getItemOrNullObject(address: string): FakeNote {
    return new FakeNote(this.ctx, noteLocator(this.ctx, address));
  }

  getItem(address: string): FakeNote {
    const locate = noteLocator(this.ctx, address);
    return new FakeNote(this.ctx, () => {
      const at = locate();
      if (!at || !at.sheet.notes.has(at.key)) throw new FakeRichApiError("ItemNotFound", `No note at '${address}'.`);
      return at;
    });
  }

  add(cell: FakeRange, content: string): void {
    queueWrite(this.ctx, content, () => {
      const at = cell.locate();
      if (!at || at.rect.rows !== 1 || at.rect.cols !== 1) throw new FakeRichApiError("InvalidCellAddress", "A note goes on one cell.");
      const key = `${at.rect.row},${at.rect.col}`;
      if (at.sheet.notes.has(key)) throw new FakeRichApiError("InvalidArgument", "The cell already has a note.");
      at.sheet.notes.set(key, content);
    });
  }
}

/** A collection the adapters only load the names of (workbook tables, defined names). */
export class FakeNameList {
  private loadedItems: { name: string }[] | null = null;
  constructor(private readonly listCtx: FakeRequestContext, private readonly typeName: string, private readonly names: () => string[]) {}

  load(_props?: unknown): this {
    let answer: { name: string }[] = [];
    this.listCtx.enqueue({
      requestBytes: 20,
      run: () => (answer = this.names().map((name) => ({ name }))),
      commit: () => (this.loadedItems = answer),
    });
    return this;
  }

  get items(): { name: string }[] {
    if (!this.loadedItems) throw notLoaded(`${this.typeName}.items`);
    return this.loadedItems;
  }
}

export class FakeTableCollection extends FakeNameList {
  constructor(private readonly ctx: FakeRequestContext, private readonly sheet: () => FakeSheetModel) {
    super(ctx, "TableCollection", () => ctx.model.tables.filter((t) => t.sheet === sheet()).map((t) => t.name));
  }

  /** Excel names a new table Table1, Table2 …; a name must be unique in the workbook. */
  add(address: string, _hasHeaders: boolean): { name: string; style: string } {
    const ctx = this.ctx;
    const table: FakeTable = { name: "", sheet: new FakeSheetModel(""), ref: address };
    queueWrite(ctx, address, () => {
      table.sheet = this.sheet();
      let n = 1;
      while (ctx.model.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
      table.name = `Table${n}`;
      ctx.model.tables.push(table);
    });
    return {
      set name(name: string) {
        queueWrite(ctx, name, () => {
          if (ctx.model.tables.some((t) => t !== table && t.name.toLowerCase() === name.toLowerCase())) {
            throw new FakeRichApiError("InvalidArgument", `A table named '${name}' already exists.`);
          }
          table.name = name;
        });
      },
      get name(): string { throw notLoaded("Table.name"); },
      set style(style: string) { queueWrite(ctx, style, () => (table.style = style)); },
      get style(): string { throw notLoaded("Table.style"); },
    };
  }
}

export class FakePageLayoutObject {
  constructor(private readonly ctx: FakeRequestContext, private readonly sheet: () => FakeSheetModel) {}
  private set(change: Partial<FakePageLayout>): void {
    queueWrite(this.ctx, change, () => {
      const sheet = this.sheet();
      sheet.pageLayout = { ...sheet.pageLayout, ...change };
    });
  }
  set orientation(v: string) { this.set({ orientation: v }); }
  get orientation(): string { throw notLoaded("PageLayout.orientation"); }
  set zoom(v: unknown) { this.set({ zoom: v }); }
  get zoom(): unknown { throw notLoaded("PageLayout.zoom"); }
  setPrintArea(area: string): void { this.set({ printArea: area }); }
  setPrintTitleRows(rows: string): void { this.set({ printTitleRows: rows }); }
}

/** What the Excel.run stub saw: each run's options and its context. */
export interface ExcelRunRecord {
  options: { mergeUndoGroup?: boolean } | null;
  fake: FakeRequestContext;
}

/** Installs a global `Excel` whose `run` works on `model`, as `Excel.run` does on the open workbook. */
export function installExcelRunStub(model: FakeWorkbookModel): ExcelRunRecord[] {
  const runs: ExcelRunRecord[] = [];
  const run = (first: unknown, second?: unknown): Promise<unknown> => {
    const batch = (typeof first === "function" ? first : second) as (context: Excel.RequestContext) => Promise<unknown>;
    const options = typeof first === "function" ? null : (first as { mergeUndoGroup?: boolean });
    const { fake, context } = fakeExcel(model);
    runs.push({ options, fake });
    return batch(context);
  };
  Object.assign(globalThis, { Excel: { run } });
  return runs;
}

export function removeExcelRunStub(): void {
  Reflect.deleteProperty(globalThis, "Excel");
}
