/**
 * Who a step or item belongs to. A placeholder ("TBC", ".") is kept apart from an empty
 * cell: the user knows an owner is missing, which is a different finding from forgetting.
 */
export type OwnersRead = { kind: "owners"; owners: string[] } | { kind: "placeholder"; text: string } | { kind: "empty" };

const PLACEHOLDER = /^(\.+|[-–—]+|\?+|tbc|tba|tbd|n\/a|none|to be (confirmed|agreed))$/i;

/**
 * Splits an owner cell into owners. "/" and ";" always separate; ",", " and " and "&"
 * separate only names ("T. Collins, J. Gregg"), because job titles use them inside one
 * owner ("Service Manager, Looked After Children", "Head of Business Support and Resources").
 */
export function readOwners(text: string): OwnersRead {
  let read = ownerReads.get(text);
  if (read === undefined) {
    read = splitOwners(text);
    // Kept small: a sheet of all-different owner cells gains nothing from remembering them.
    if (ownerReads.size > 10_000) ownerReads.clear();
    ownerReads.set(text, read);
  }
  // A copy: callers own what they are given, and a plan repeats a few owner cells many times.
  return read.kind === "owners" ? { kind: "owners", owners: [...read.owners] } : { ...read };
}

const ownerReads = new Map<string, OwnersRead>();

/**
 * "ditto" (or "do." or a ditto mark) after a name, one per bullet of the action beside it:
 * the same owner again, not a second one. Alone in a cell it is left to be read.
 */
function withoutDittos(text: string): string {
  return text.replace(/(?<=\S)\s+(ditto|do\.|["”〃])(?=\s|$)/gi, "");
}

function splitOwners(text: string): OwnersRead {
  const clean = withoutDittos(text).replace(/\s+/g, " ").trim();
  if (clean === "") return { kind: "empty" };
  if (PLACEHOLDER.test(tidy(clean))) return { kind: "placeholder", text: clean };
  const owners = splitOutsideBrackets(clean, ALWAYS_SPLITS)
    .flatMap(splitNames)
    .flatMap(splitInitialsRun)
    .flatMap(splitTitleRun)
    .map(tidy)
    .filter((owner) => owner !== "" && !PLACEHOLDER.test(owner));
  return owners.length > 0 ? { kind: "owners", owners } : { kind: "placeholder", text: clean };
}

const ALWAYS_SPLITS = /[/;]/y;
const SPLITS_NAMES = /,|&| and /iy;

function splitNames(piece: string): string[] {
  const parts = splitOutsideBrackets(piece, SPLITS_NAMES).map(tidy);
  if (parts.length > 1 && parts.every((p) => looksLikeName(p) || SOLE_POST.test(p))) return parts;
  const posts = splitOutsideBrackets(piece, JOINS_POSTS).map(tidy);
  // Initials here must be a post's (CEO, SRO): "Head of HR and OD" joins two departments in one title.
  return posts.length > 1 && posts.every((p) => SOLE_POST.test(p) || POST_ACRONYM.test(p) || (!INITIALS.test(p) && looksLikeName(p)) || isWholePost(p)) ? posts : [piece];
}

/** "&" and "and" join two posts ("Chair of Trustees & CEO"); a comma may be inside one ("Corporate Director, CESC"). */
const JOINS_POSTS = /&| and /iy;

const POST_ACRONYM = /^(C[A-Z]{1,2}O|SIRO|SRO|DPO)$/;

const POST_HEAD = /^(head|director|chief|chair|deputy|assistant|executive|manager|lead)\b/i;
const POST_END = /\b(manager|officer|director|lead|trustee|governor|guardian|coordinator|co-ordinator|accountant|adviser|advisor|partner|secretary|treasurer|clerk)$/i;

/**
 * A whole post: it opens with a post's head word ("Head of Services") or ends with a role
 * noun ("Safeguarding Trustee"). "Resources" in "Head of Business Support and Resources"
 * is neither, so that title stays whole.
 */
function isWholePost(text: string): boolean {
  return /^\p{Lu}/u.test(text) && (POST_HEAD.test(text) || POST_END.test(text));
}

/** Initials standing for a person ("DM", "PL", "J.S."): two to four capitals, dots allowed. */
const INITIALS = /^(\p{Lu}\.?){2,4}$/u;

/**
 * Initials typed one after another ("DM PL KL") are as many people: a cell made only of
 * initials is split at its spaces. A run with any other word ("HR Business Partner") is one title.
 */
function splitInitialsRun(piece: string): string[] {
  const words = piece.trim().split(" ");
  return words.length > 1 && words.every((w) => INITIALS.test(w)) ? words : [piece];
}

/** A post named in one word, as boards and governing bodies write them: "Chair, Treasurer". */
const SOLE_POST = /^(chair|chairman|chairwoman|vice[- ]chair|secretary|treasurer|clerk|headteacher|head|principal|trustees?|governors?)$/i;

const ROLE_NOUN = /^(manager|officer|director|lead|accountant|co-?ordinator|worker|adviser|advisor|analyst)$/i;

/**
 * Job titles typed one after another with no separator ("AP Manager Inclusion Manager
 * Attendance Manager") are several owners: each title ends at its role noun. Lower-case
 * words ("Head of Service") mean a single title is being spelled out, so it stays whole.
 */
function splitTitleRun(piece: string): string[] {
  const words = piece.trim().split(" ");
  if (words.some((w) => /^\p{Ll}/u.test(w))) return [piece];
  const ends = words.flatMap((w, i) => (ROLE_NOUN.test(w) && i < words.length - 1 ? [i] : []));
  if (ends.length === 0 || !ROLE_NOUN.test(words[words.length - 1])) return [piece];
  const parts: string[] = [];
  let start = 0;
  for (const end of ends) {
    parts.push(words.slice(start, end + 1).join(" "));
    start = end + 1;
  }
  parts.push(words.slice(start).join(" "));
  return parts;
}

/**
 * "(AtC)" qualifies the name before it, so separators inside brackets never split.
 * `separator` must be sticky: it is tried at each position in turn.
 */
function splitOutsideBrackets(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (ch === "(") depth += 1;
    if (ch === ")") depth = Math.max(0, depth - 1);
    separator.lastIndex = i;
    const sep = depth === 0 ? (separator.exec(text)?.[0] ?? "") : "";
    if (sep !== "") {
      parts.push(text.slice(start, i));
      start = i + sep.length;
      i = start - 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Drops stray separators and a sentence's full stop, but not an initial's ("Smith J."). */
function tidy(owner: string): string {
  const trimmed = owner.replace(/^[\s,&]+|[\s,&]+$/g, "");
  return /(^|[^\p{L}])\p{L}\.$/u.test(trimmed) ? trimmed : trimmed.replace(/\.+$/, "").trim();
}

const TITLE_WORDS = new Set(
  [
    "manager", "director", "head", "officer", "service", "services", "lead", "team", "unit",
    "children", "assistant", "deputy", "senior", "corporate", "chief", "executive", "accountant",
    "coordinator", "co-ordinator", "commissioner", "commissioning", "strategy", "resources", "support",
    "business", "finance", "partner", "board", "panel", "group", "care", "social", "worker",
    "council", "department", "delivery", "marketing", "legal", "family", "health", "education",
    "adviser", "advisor", "analyst", "administrator", "principal", "practitioner", "consultant",
  ],
);

const PARTICLES = ["van", "von", "de", "den", "der", "du", "la", "le", "da", "di"];
const INITIALS_AND_SURNAME = new RegExp(`^(\\p{Lu}\\.?\\s*)+((${PARTICLES.join("|")}) )*\\p{Lu}[\\p{L}'’-]+$`, "u");

/**
 * A person as plans write them: initials alone ("DM"), initials and surname ("T. Collins",
 * "C.Smith", "S.J. Smedmor", "F.van den Hout") or two to four capitalised words that are not a job title ("Rebecca
 * Wilshire"). A bracketed qualifier ("(AtC)") is ignored.
 */
function looksLikeName(owner: string): boolean {
  const name = owner.replace(/\s*\([^)]*\)\s*/g, " ").trim();
  if (INITIALS.test(name)) return true;
  if (INITIALS_AND_SURNAME.test(name)) {
    return /^\p{Lu}\./u.test(name) || /^\p{Lu} /u.test(name);
  }
  const words = name.split(" ");
  if (words.length < 2 || words.length > 4) return false;
  return words.every((w, i) => isNameWord(w) || (i > 0 && PARTICLES.includes(w)));
}

function isNameWord(word: string): boolean {
  return /^\p{Lu}\p{Ll}+(['’-]\p{Lu}?\p{Ll}+)*$/u.test(word) && !TITLE_WORDS.has(word.toLowerCase());
}

/** What namesOwners said of each text: a column's cells are weighed as owners many times over, and repeat. */
const ownerCells = new Map<string, boolean>();

/**
 * A cell that names people or posts, as an owner column's cells do: each owner a person's
 * name, initials or a job title. A short action ("Review staffing") names nobody.
 */
export function namesOwners(text: string): boolean {
  if (text.length > 80) return false;
  let names = ownerCells.get(text);
  if (names === undefined) {
    const read = readOwners(text);
    names = read.kind === "owners" && read.owners.every((owner) => owner.split(" ").length <= 8 && (INITIALS.test(owner) || looksLikeName(owner) || namesAPost(owner)));
    // Kept small, as ownerReads is.
    if (ownerCells.size > 10_000) ownerCells.clear();
    ownerCells.set(text, names);
  }
  return names;
}

/** A post as titles are written: capitalised words (small joining words apart), one of them a post's. */
function namesAPost(owner: string): boolean {
  const words = owner.split(/[\s,()]+/).filter(Boolean);
  const written = words.every((w) => /^[\p{Lu}\d&]/u.test(w) || /^(of|and|for|the|in|to|&)$/.test(w));
  return written && words.some((word) => TITLE_WORDS.has(word.toLowerCase()) || POST_END.test(word));
}
