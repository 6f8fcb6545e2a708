/**
 * Judges a checked copy and a cleared copy against the workbook they came from: what kinds of
 * part, sheet features, defined names and cell values went missing, and, after `clear`, which
 * parts are no longer byte for byte the user's. One measure for the corpus script and the tests.
 */
import { countKinds, PART_KINDS, SHEET_FEATURES, sheetCells, text, type CellLook, type PartKind, type Workbook } from "./corpus-package";
import { xmlProblems } from "./corpus-xml";

export interface Loss {
  /** What was lost or changed: a kind of part, a sheet feature, "sheets", "cell values"… */
  kind: string;
  detail: string;
}

const SHOWN = 3;
const some = (items: string[]) => items.slice(0, SHOWN).join("; ") + (items.length > SHOWN ? `; … (${items.length} in all)` : "");

/** Items of `a` that `b` lacks, counting repeats. */
function missingFrom(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  return a.filter((x) => {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    return n === 0;
  });
}

function listChange(kind: string, where: string, before: string[], after: string[], extraIsLoss: boolean): Loss[] {
  const lost = missingFrom(before, after);
  const added = extraIsLoss ? missingFrom(after, before) : [];
  if (lost.length === 0 && added.length === 0) return [];
  const parts = [lost.length ? `lost ${some(lost)}` : "", added.length ? `added ${some(added)}` : ""].filter(Boolean);
  return [{ kind, detail: `${where}${parts.join("; ")}` }];
}

/** XML parts of the copy a strict reader would refuse, which the original held well formed (or did not hold). */
function malformedParts(original: Workbook, copy: Workbook): Loss[] {
  const bad: string[] = [];
  for (const name of copy.parts.keys()) {
    if (!/\.(xml|rels|vml)$/.test(name)) continue;
    const problems = xmlProblems(text(copy.parts, name)!);
    const before = original.parts.has(name) ? xmlProblems(text(original.parts, name)!) : [];
    if (problems.length > 0 && before.length === 0) bad.push(`${name} (${problems[0]})`);
  }
  return bad.length ? [{ kind: "malformed XML parts", detail: some(bad) }] : [];
}

/**
 * What the copy lacks of the original's parts, sheets, features and names. With `exact`, what
 * the copy has more of counts too (a cleared copy must hold no more than the original); without
 * it, only the original's sheets are judged, since the checker adds sheets and parts of its own.
 */
function structureLosses(original: Workbook, copy: Workbook, exact: boolean): Loss[] {
  const losses: Loss[] = malformedParts(original, copy);
  const before = countKinds(original.parts);
  const after = countKinds(copy.parts);
  for (const kind of Object.keys(PART_KINDS) as PartKind[]) {
    if (after[kind] < before[kind]) losses.push({ kind, detail: `${before[kind]} → ${after[kind]}` });
    else if (exact && after[kind] > before[kind]) losses.push({ kind, detail: `${before[kind]} → ${after[kind]} (left behind)` });
  }
  losses.push(...listChange("sheets", "", original.sheets.map((s) => s.name), copy.sheets.map((s) => s.name), exact));
  for (const sheet of original.sheets) {
    const kept = copy.sheets.find((s) => s.name === sheet.name);
    if (!kept) continue;
    // The user's own sheets get nothing added by the checker, so any difference is a change.
    for (const feature of SHEET_FEATURES) losses.push(...listChange(feature, `'${sheet.name}': `, sheet.features[feature], kept.features[feature], true));
  }
  losses.push(...listChange("defined names", "", original.definedNames, copy.definedNames, exact));
  return losses;
}

const LOOK_FIELDS = ["value", "formula", "fill", "font", "numFmt"] as const;

function cellChanges(original: Workbook, copy: Workbook, sheets: string[], fields: ReadonlyArray<keyof CellLook>): Loss[] {
  const losses: Loss[] = [];
  for (const name of sheets) {
    if (!copy.sheets.some((s) => s.name === name)) continue;
    const a = sheetCells(original, name);
    const b = sheetCells(copy, name);
    const changed: string[] = [];
    for (const address of new Set([...a.cells.keys(), ...b.cells.keys()])) {
      const x = a.cells.get(address) ?? a.blank;
      const y = b.cells.get(address) ?? b.blank;
      const differ = fields.filter((f) => x[f] !== y[f]);
      if (differ.length) changed.push(`${address} ${differ.map((f) => `${f} ${JSON.stringify(x[f]).slice(0, 400)} → ${JSON.stringify(y[f]).slice(0, 400)}`).join(", ")}`);
    }
    if (changed.length) losses.push({ kind: fields.length === 1 ? "cell values" : "plan cells (value or style)", detail: `'${name}': ${some(changed)}` });
  }
  return losses;
}

/** What `check --out` lost: parts, sheets, features and names of the original, and any cell's value. */
export function checkedLosses(original: Workbook, checked: Workbook): Loss[] {
  return [...structureLosses(original, checked, false), ...cellChanges(original, checked, original.sheets.map((s) => s.name), ["value"])];
}

/** The parts `clear` may rewrite: the plan sheets it took highlights off, the styles and the document properties. */
function mayDiffer(original: Workbook, planSheets: string[]): (part: string) => boolean {
  const planParts = new Set(original.sheets.filter((s) => planSheets.includes(s.name)).map((s) => s.path));
  return (part) => planParts.has(part) || /^xl\/styles\.xml$/.test(part) || part.startsWith("docProps/");
}

/**
 * What `clear` failed to give back: everything `checkedLosses` judges, exactly, plus every part
 * other than the plan sheets, styles and document properties byte for byte, and every plan
 * cell's value and look (its fill, font and number format, not its style index).
 */
export function clearedLosses(original: Workbook, cleared: Workbook, planSheets: string[]): Loss[] {
  const exempt = mayDiffer(original, planSheets);
  const changed: string[] = [];
  for (const [name, bytes] of original.parts) {
    if (exempt(name)) continue;
    const now = cleared.parts.get(name);
    if (!now) changed.push(`${name} (gone)`);
    else if (Buffer.compare(Buffer.from(bytes), Buffer.from(now)) !== 0) changed.push(name);
  }
  const added = [...cleared.parts.keys()].filter((name) => !original.parts.has(name) && !exempt(name));
  const losses = structureLosses(original, cleared, true);
  if (changed.length) losses.push({ kind: "parts not byte-identical", detail: some(changed) });
  if (added.length) losses.push({ kind: "parts added", detail: some(added) });
  const others = original.sheets.map((s) => s.name).filter((n) => !planSheets.includes(n));
  losses.push(...cellChanges(original, cleared, planSheets, LOOK_FIELDS), ...cellChanges(original, cleared, others, ["value"]));
  return losses;
}
