import type { Role } from "../plan";

/**
 * Texts folded so far. Every row of a table is asked whether it repeats the header, so the
 * same few hundred short texts (RAG words, owners, months) are folded again and again.
 */
const foldedTexts = new Map<string, string>();
/** Kept small: a sheet of all-different texts gains nothing from remembering them. */
const FOLDED_KEPT = 10_000;

/** Header text folded for matching: case, punctuation (£ too) and spacing do not matter. */
export function normaliseHeader(text: string): string {
  let folded = foldedTexts.get(text);
  if (folded === undefined) {
    folded = text
      .toLowerCase()
      .replace(/\(s\)/g, "s")
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
    if (foldedTexts.size >= FOLDED_KEPT) foldedTexts.clear();
    foldedTexts.set(text, folded);
  }
  return folded;
}

/**
 * The text has more ASCII letters and digits than `most`, so its folded text (which keeps
 * every one of them) is longer than `most`: a long text told apart from a header's words
 * without folding it.
 */
export function foldsLonger(text: string, most: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const lower = code | 0x20;
    if ((lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      if (++count > most) return true;
    }
  }
  return false;
}

/** What foldedInitial gives for a text with a character beyond ASCII: its folded text must be worked out. */
export const UNKNOWN_INITIAL = -1;

/**
 * The char code of the first character of the text's folded text (normaliseHeader), told
 * without folding it; 0 when it folds to nothing. For an ASCII text that is its first letter
 * or digit, lower-cased ("(s)" keeps its "s"); beyond ASCII lower-casing may make a letter
 * ("K", the kelvin sign, gives "k"), so UNKNOWN_INITIAL.
 */
export function foldedInitial(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) return UNKNOWN_INITIAL;
    const lower = code | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) return lower;
    if (code >= 0x30 && code <= 0x39) return code;
  }
  return 0;
}

/**
 * Header texts per role (spec section 2), most specific first: "Revised End Date" must be
 * taken as revisedDate before "date" could claim it, "Savings RAG" before "RAG".
 */
const PATTERNS: Array<[Role, RegExp]> = [
  // One column for both, as the best-value plans keep it: "Timescale/Lead", "Lead officer and target date".
  ["dateAndOwner", /^(timescales?|target date|date|when|by when) (and |& )?(lead|lead officer|owner|responsibility|who|responsible officer)$|^(lead|lead officer|owner|responsibility|who|responsible officer) (and |& )?(timescales?|target date|date|when|by when)$/],
  // A deadline moved on: "Extension Date", "Extended deadline", "Rescheduled date", "Amended timescale".
  ["revisedDate", /^(revised|forecast|new|extension|extended|amended|rescheduled|deferred|re ?profiled)\b.*\b(date|timescale|deadline)|^forecast\b|^revised$/],
  ["savingsRag", /^(savings?|financial|finance) (rag|status)/],
  // "Progress RAG" and "Status (RAG)" too: a column named for its RAG is a RAG column, whatever words come first.
  ["actionRag", /^(action |current |overall )?b?rag\b|\bb?rag( status| rating)?$|^b r a g$|^(rag |current |overall )?status$|^action status$|^delivery rag/],
  ["financeManager", /^finance (manager|lead|officer)/],
  ["saving", /^(target |estimated |planned |projected )?(savings?|efficienc(y|ies))\b|^savings? cost|^cost savings?/],
  ["priority", /^priority\b/],
  ["measure", /^success (measures?|criteria)|^measures? of success|^kpis?$/],
  ["owner", /^(responsible( officer| person| manager| lead)?( lead| owner)?|(action |responsible |accountable |executive |exec |operational |clinical |named |senior |service |director )?(lead|owner)s?( officers?| responsibility| manager| person| director)?( lead| owner)?|accountable( officer| person)?|person responsible|responsibility|action by|by whom|who|who by|by who|led by|lead by|assigned to)$/],
  ["targetDate", /^(original |agreed |expected |planned )?(target|due|completion|end|action)? ?(completion |end )?(date|deadline|timescales?|by when|due)( for completion| to be completed( by)?)?$|^date (for|of|to be) complet|^due by$|^complete by$|^when$|^by when$|^by$|^finish( by| date)?$|^end by$|^time ?frames?$/],
  ["update", /^(update|progress|comments?|progress update|latest (update|position)|commentary|current position|position|progress to date|status update)\b(?! ?actions)/],
  ["action", /^(agreed|proposed|management|planned|key)? ?actions?\b(?! (risk|owner|lead|by|date|due|no|ref|number|id)\b)|\bactions required\b|^deliverables?$|^tasks?$|^milestones?$|^workstream details|^what (will|we will)|^how$/],
  ["title", /^(recommendations?|workstream( activity)?|objectives?|action risk|issues?( identified)?|findings?|area( for improvement| of concern)?|theme|requirements?|must ?\/? ?should do|(must|should) do( actions?)?|regulatory breach|concerns?( identified)?|what|projects?|schemes?|initiatives?)$/],
  ["id", /^(no|ref|ref no|reference|id|number|item|item no|action no|action ref|action number|rec no|rec|recommendation (no|number|ref))$/],
];

/** The role a header text names, or null when it names none we know. */
export function roleOfHeader(text: string): Role | null {
  // "#" folds to nothing, but heads a column of numbers as plainly as "No." does.
  if (text.trim() === "#") return "id";
  const folded = normaliseHeader(text);
  if (!folded) return null;
  return roleOfFolded(folded);
}

function roleOfFolded(folded: string): Role | null {
  for (const [role, pattern] of PATTERNS) {
    if (pattern.test(folded)) return role;
  }
  return null;
}

/** Dates of what already happened ("Meeting date", "Date raised"): never the deadline. */
export const PAST_DATE = /\b(meeting|raised|agreed|opened|logged|reported|created|received|actual|completed|closed|start|started)\b/;

/**
 * The role a header names in its last words, once the words before them are set aside:
 * "City's agreed action" is an action, "Auditor General recommendation" a recommendation,
 * "Trustee lead & staff lead" a lead. Weaker than a whole header's role: a column named
 * outright wins over it.
 */
export function roleOfHeaderEnd(text: string): Role | null {
  const words = normaliseHeader(text).split(" ").filter(Boolean);
  for (let from = 1; from < words.length; from++) {
    const role = roleOfFolded(words.slice(from).join(" "));
    if (role === null || role === "id") continue;
    if ((role === "targetDate" || role === "revisedDate") && PAST_DATE.test(words.join(" "))) return null;
    return role;
  }
  return null;
}
