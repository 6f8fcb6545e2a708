import type { Role } from "../plan";

/** Header text folded for matching: case, punctuation and spacing do not matter. */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/£/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * Header texts per role (spec section 2), most specific first: "Revised End Date" must be
 * taken as revisedDate before "date" could claim it, "Savings RAG" before "RAG".
 */
const PATTERNS: Array<[Role, RegExp]> = [
  ["revisedDate", /^(revised|forecast|new)\b.*\b(date|timescale|deadline)|^forecast\b|^revised$/],
  ["savingsRag", /^(savings?|financial|finance) (rag|status)/],
  ["actionRag", /^(action )?rag\b|^(rag )?status$|^action status$|^delivery rag/],
  ["financeManager", /^finance (manager|lead|officer)/],
  ["saving", /^(target )?(savings?|efficienc(y|ies))\b|^savings? cost|^cost savings?/],
  ["priority", /^priority\b/],
  ["measure", /^success (measures?|criteria)|^measures? of success|^kpis?$/],
  ["update", /^(update|progress|comments?|progress update|latest update|commentary)\b(?! ?actions)/],
  ["action", /^(agreed|proposed|management)? ?actions?\b(?! risk)|\bactions required\b|^deliverables?$|^workstream details/],
  ["owner", /^(responsible( officer| person| manager)?|lead( officer| responsibility| manager)?|owners?|action owner|accountable)$/],
  ["targetDate", /^(target|due|completion|end)? ?(end )?(date|deadline|timescales?|by when)$/],
  ["title", /^(recommendations?|workstream( activity)?|objectives?|action risk|issue|finding|area|theme)$/],
  ["id", /^(no|ref|reference|id|number|item|rec no|#)$/],
];

/** The role a header text names, or null when it names none we know. */
export function roleOfHeader(text: string): Role | null {
  const folded = normaliseHeader(text);
  if (!folded) return null;
  for (const [role, pattern] of PATTERNS) {
    if (pattern.test(folded)) return role;
  }
  return null;
}
