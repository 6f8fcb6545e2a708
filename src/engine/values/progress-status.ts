/**
 * How an action stands, in the words a status column uses: "Complete", "Ongoing", "Not
 * started", "Paused", "Overdue", "Closed". A status is not a RAG: it says what has happened,
 * not how worried to be, so a plan may have both and each is kept.
 */
export type ProgressStatus = "complete" | "closed" | "in-progress" | "not-started" | "paused" | "overdue" | "open" | "cancelled";

export type StatusRead = { kind: "status"; status: ProgressStatus; done: boolean } | { kind: "empty" } | { kind: "unreadable"; text: string };

const WORDS: Array<[RegExp, ProgressStatus]> = [
  [/^(fully )?(complete|completed|achieved|done|implemented|delivered)$/, "complete"],
  [/^(closed|close)$/, "closed"],
  [/^(ongoing|on going|in progress|underway|under way|started|partially (achieved|complete|completed|implemented)|progressing|on track)$/, "in-progress"],
  [/^(not (yet )?started|not (yet )?(achieved|implemented|begun)|to start|planned|pending)$/, "not-started"],
  [/^(paused|on hold|deferred|suspended)$/, "paused"],
  [/^(overdue|late|delayed|behind)$/, "overdue"],
  [/^open$/, "open"],
  [/^(cancelled|canceled|withdrawn|superseded|no longer required)$/, "cancelled"],
];

/** Statuses that mean the action needs nothing more. */
const DONE = new Set<ProgressStatus>(["complete", "closed", "cancelled"]);

/**
 * Reads a status cell. A template's example ("e.g. Paused") is read as the word it shows;
 * a trailing date or full stop ("Complete.", "Closed - June") does not hide the status.
 */
export function readStatus(text: string): StatusRead {
  const base = text
    .toLowerCase()
    .replace(/^e\.?\s?g\.?,?\s*/, "")
    .replace(/[\s.:;,–—-]+$/, "")
    .trim();
  if (base === "") return { kind: "empty" };
  const fold = (s: string) => s.replace(/[-_]/g, " ").replace(/\s+/g, " ").trim();
  const folded = fold(base);
  const head = fold(base.split(/\s+[–—-]\s+|\s*[(:;,]\s*/)[0] ?? base);
  for (const [pattern, status] of WORDS) {
    if (pattern.test(folded) || pattern.test(head)) return { kind: "status", status, done: DONE.has(status) };
  }
  return { kind: "unreadable", text: text.trim() };
}
