import type { Role } from "../plan";

/** Header text folded for matching: case, punctuation (£ too) and spacing do not matter. */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/\(s\)/g, "s")
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
  ["actionRag", /^(action |current |overall )?b?rag\b|^(rag |current |overall )?status$|^action status$|^delivery rag/],
  ["financeManager", /^finance (manager|lead|officer)/],
  ["saving", /^(target )?(savings?|efficienc(y|ies))\b|^savings? cost|^cost savings?/],
  ["priority", /^priority\b/],
  ["measure", /^success (measures?|criteria)|^measures? of success|^kpis?$/],
  ["owner", /^(responsible( officer| person| manager| lead)?|(action |responsible |accountable )?(lead|owner)s?( officer| responsibility| manager| person)?|accountable( officer| person)?|action by|by whom|who)$/],
  ["targetDate", /^(original |agreed )?(target|due|completion|end|action)? ?(completion |end )?(date|deadline|timescales?|by when|due)$/],
  ["update", /^(update|progress|comments?|progress update|latest (update|position)|commentary|current position|position|progress to date|status update)\b(?! ?actions)/],
  ["action", /^(agreed|proposed|management|planned)? ?actions?\b(?! (risk|owner|lead|by|date|due))|\bactions required\b|^deliverables?$|^workstream details|^what (will|we will)/],
  ["title", /^(recommendations?|workstream( activity)?|objectives?|action risk|issue|finding|area|theme)$/],
  ["id", /^(no|ref|ref no|reference|id|number|item|item no|action no|action ref|rec no|rec)$/],
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
