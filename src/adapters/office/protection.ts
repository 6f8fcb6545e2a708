/**
 * Queues the read of which of these sheets the user has protected (ExcelApi 1.2, which the
 * manifest requires): the checker says so before writing rather than failing halfway or
 * silently skipping them.
 */
export function queueProtectionRead(context: Excel.RequestContext, sheetNames: string[]): () => string[] {
  const reads = sheetNames.map((name) => ({ name, protection: context.workbook.worksheets.getItem(name).protection.load("protected") }));
  return () => reads.filter((r) => r.protection.protected).map((r) => r.name);
}

/**
 * Queues the read of whether the workbook's structure is protected (ExcelApi 1.7, which the
 * manifest requires): the checker adds and removes its own sheets, which that forbids.
 */
export function queueStructureProtectionRead(context: Excel.RequestContext): () => boolean {
  const protection = context.workbook.protection.load("protected");
  return () => protection.protected;
}

/** The plain sentence for a protected workbook structure. */
export function structureProtectedMessage(did: "wrote" | "cleared"): string {
  const needs = did === "wrote" ? "add its summary sheets" : "remove its sheets";
  return `The workbook's structure is protected, so the checker ${did} nothing: it needs to ${needs}. Unprotect it (Review > Protect Workbook) and ${did === "wrote" ? "check" : "clear"} again.`;
}
