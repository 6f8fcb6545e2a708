const MAX = 31;

/** Excel refuses these characters in a sheet name, and a name starting or ending with "'". */
function valid(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, "-").replace(/^'+|'+$/g, "").slice(0, MAX) || "Sheet";
}

/**
 * A name for a sheet of the tool that no sheet of the user's already has (Excel compares
 * names without case): "Board summary", else "Board summary (2)", and so on.
 */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const base = valid(wanted);
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, MAX - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** How a formula or a hyperlink names a sheet: always quoted, inner quotes doubled. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * The address a hyperlink to another file goes to: the relative path as a URI (a space or
 * "#" in a file name would otherwise end it), then "#" and the cell when there is one.
 */
export function fileLinkAddress(target: string, cell?: string): string {
  const path = encodeURI(target).replace(/#/g, "%23");
  return cell ? `${path}#${cell}` : path;
}
