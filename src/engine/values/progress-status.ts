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
export function readStatus(text: string, initials: StatusInitials | null = null): StatusRead {
  // Every step of a plan without a status column asks about its blank cell.
  if (text === "") return { kind: "empty" };
  const letter = initials?.get(text.trim().replace(/\.$/, "").toLowerCase());
  if (letter !== undefined) return readStatus(letter);
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

/** The status each initial stands for, in a column that writes statuses as one letter. */
export type StatusInitials = Map<string, string>;

/**
 * A header that lists its statuses ("Proposed to Open/ Close", "Open / Closed", "C/O"
 * beside such a list) says what its one-letter cells mean: "O" is Open, "C" is Closed.
 * Null unless it lists two or more statuses with different initials.
 */
export function statusInitials(header: string): StatusInitials | null {
  const parts = header.toLowerCase().split("/");
  if (parts.length < 2) return null;
  const words = parts.map((part, i) => {
    const whole = part.trim();
    if (readStatus(whole).kind === "status") return whole;
    const tokens = whole.split(/\s+/);
    // The list sits at the end of the first part and the start of the others: "Proposed to Open".
    return (i === 0 ? tokens[tokens.length - 1] : tokens[0]) ?? "";
  });
  const map: StatusInitials = new Map();
  for (const word of words) {
    if (readStatus(word).kind !== "status" || map.has(word.charAt(0))) return null;
    map.set(word.charAt(0), word);
  }
  return map;
}
