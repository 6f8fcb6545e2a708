import { parseRef } from "../cells";
import { applySplices, type Splice } from "../splice";
import { escapeText, escapeXml, XmlTokens } from "../xml";
import type { XmlSink } from "../package";
import { appendInside, findElement, fitFragment, MAIN, NS, scopeInside, scopeWithin, SPREADSHEET, VML, type Scope } from "./namespaces";

export const CHECKER_AUTHOR = "Action Plan Checker";
/** The first line of every note the checker writes. */
export const NOTE_HEADING = "Action Plan Checker:\n";

/** A note to put on a cell, and (when the user had one) their note's markup as it was. */
export interface NoteEdit {
  ref: string;
  text: string;
}

/** The user's own comment on a cell, as markup, and its text. */
export interface UserComment {
  xml: string;
  text: string;
}

export const NEW_COMMENTS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${NS.main}"><authors></authors><commentList></commentList></comments>`;

/**
 * Pieces pushed to a part a hundred at a time, joined: tens of thousands of notes pushed one by
 * one would be as many calls to encode.
 */
class Batch {
  private readonly pieces: string[] = [];

  constructor(private readonly out: XmlSink) {}

  push(piece: string): void {
    this.pieces.push(piece);
    if (this.pieces.length >= 128) this.flush();
  }

  flush(): void {
    if (this.pieces.length === 0) return;
    this.out.push(this.pieces.join(""));
    this.pieces.length = 0;
  }
}

/** One run without formatting: the note shows in Excel's note font, and readers take it as plain text. */
function plainText(text: string): string {
  return `<r><t xml:space="preserve">${escapeText(text)}</t></r>`;
}

/** The scope the comments of a part are in: that of their <commentList>. */
function commentScope(xml: string, part: string): Scope {
  const list = findElement(xml, part, "commentList");
  if (!list) throw new Error(`${part} has no <commentList>`);
  return scopeInside(xml, part, list);
}

/** Adds children to the first element `name` of a comments part. */
function appendTo(xml: string, part: string, name: string, fragment: string): string {
  const element = findElement(xml, part, name);
  if (!element) throw new Error(`${part} has no <${name}>`);
  return appendInside(xml, part, element, fragment, SPREADSHEET);
}

/** Each comment element of a comments part, by cell reference. */
export function commentsByRef(xml: string, part: string): Map<string, { start: number; end: number; authorId: string; text: string }> {
  const tokens = new XmlTokens(xml, part);
  const out = new Map<string, { start: number; end: number; authorId: string; text: string }>();
  let current: { ref: string; start: number; authorId: string; text: string[] } | null = null;
  while (tokens.next()) {
    if (tokens.name === "comment") {
      if (tokens.closing && current) {
        out.set(current.ref, { start: current.start, end: tokens.end, authorId: current.authorId, text: current.text.join("") });
        current = null;
      } else if (!tokens.closing) {
        current = { ref: tokens.attr("ref") ?? "", start: tokens.start, authorId: tokens.attr("authorId") ?? "", text: [] };
        if (tokens.selfClosing) {
          out.set(current.ref, { start: current.start, end: tokens.end, authorId: current.authorId, text: "" });
          current = null;
        }
      }
    } else if (tokens.name === "rPh") tokens.skipElement();
    else if (tokens.name === "t" && current && !tokens.closing && !tokens.selfClosing) current.text.push(tokens.text());
  }
  return out;
}

/** The authors of a comments part, in order. */
function authors(xml: string, part: string): string[] {
  const tokens = new XmlTokens(xml, part);
  const out: string[] = [];
  while (tokens.next()) if (tokens.name === "author" && !tokens.closing && !tokens.selfClosing) out.push(tokens.text());
  return out;
}

/**
 * Adds the checker's notes to a comments part, writing the part to `out` piece by piece (tens of
 * thousands of notes are megabytes of markup). A cell the user has a note on keeps it: the
 * checker's text follows theirs in the same note (their runs and formatting kept), and their
 * comment's markup is handed back so that clear can put it back as it was.
 */
export function addNotes(xml: string, part: string, notes: NoteEdit[], out: XmlSink): { replaced: Map<string, UserComment>; added: string[] } {
  const names = authors(xml, part);
  let authorId = names.indexOf(CHECKER_AUTHOR);
  let text = xml;
  if (authorId < 0) {
    authorId = names.length;
    text = appendTo(text, part, "authors", `<author>${CHECKER_AUTHOR}</author>`);
  }
  const scope = commentScope(text, part);
  const existing = commentsByRef(text, part);
  const replaced = new Map<string, UserComment>();
  const added: NoteEdit[] = [];
  const edits: Splice[] = [];
  for (const note of notes) {
    const own = existing.get(note.ref);
    if (own) {
      const original = text.slice(own.start, own.end);
      replaced.set(note.ref, { xml: original, text: own.text });
      edits.push({ start: own.start, end: own.end, text: withOurText(original, own.text, `\n\n${note.text}`, scope) });
    } else added.push(note);
  }
  text = applySplices(text, edits);
  const list = findElement(text, part, "commentList")!;
  if (added.length === 0) out.push(text);
  else {
    const tag = text.slice(list.start, list.end);
    out.push(list.close >= 0 ? text.slice(0, list.close) : `${text.slice(0, list.start)}${tag.replace(/\s*\/>$/, ">")}`);
    const batch = new Batch(out);
    for (const note of added) batch.push(fitFragment(`<comment ref="${note.ref}" authorId="${authorId}"><text>${plainText(note.text)}</text></comment>`, MAIN, scope));
    batch.flush();
    out.push(list.close >= 0 ? text.slice(list.close) : `</${/^<([^\s/>]+)/.exec(tag)![1]}>${text.slice(list.end)}`);
  }
  return { replaced, added: added.map((n) => n.ref) };
}

/**
 * A user's comment with the checker's text after theirs. Formatted runs of theirs are kept and
 * ours follows as one more run; a note of one plain text stays one plain text.
 */
function withOurText(comment: string, theirs: string, ours: string, scope: Scope): string {
  const text = textOf(comment);
  if (!text) return comment;
  const formatted = [...text.inner.matchAll(/<([\w.-]+:)?r>/g)].length > 1 || /<([\w.-]+:)?rPr>/.test(text.inner);
  return text.with(formatted ? `${text.inner}${fitFragment(plainText(ours), SPREADSHEET, scope)}` : fitFragment(plainText(theirs + ours), SPREADSHEET, scope));
}

/** The inside of a comment's <text>, and the comment with another inside; null when it has no <text>. */
function textOf(comment: string): { inner: string; with: (inner: string) => string } | null {
  const open = /<((?:[\w.-]+:)?)text\b[^>]*>/.exec(comment);
  const close = open ? comment.lastIndexOf(`</${open[1]}text>`) : -1;
  if (!open || close < 0) return null;
  const from = open.index + open[0].length;
  return { inner: comment.slice(from, close), with: (inner) => `${comment.slice(0, from)}${inner}${comment.slice(close)}` };
}

/** A comment with its text replaced by one plain run. */
function withPlainText(comment: string, text: string, scope: Scope): string {
  return textOf(comment)?.with(fitFragment(plainText(text), SPREADSHEET, scope)) ?? comment;
}

/** What a cell's comment goes back to: the user's comment markup as it was, or (recorded by Office.js) their note's text. */
export type RestoredComment = { markup: string } | { text: string };

/** Takes the checker's notes out of a comments part: its own comments and author go, the user's comments come back. */
export function removeNotes(xml: string, part: string, restore: Map<string, RestoredComment>): string {
  const names = authors(xml, part);
  const ours = String(names.indexOf(CHECKER_AUTHOR));
  const edits: Splice[] = [];
  const scope = commentScope(xml, part);
  for (const [ref, c] of commentsByRef(xml, part)) {
    const original = restore.get(ref);
    if (original !== undefined) edits.push({ start: c.start, end: c.end, text: "markup" in original ? original.markup : withPlainText(xml.slice(c.start, c.end), original.text, scope) });
    // By author, or by its opening words once another program has re-saved the notes under one author.
    else if (c.authorId === ours || c.text.startsWith(NOTE_HEADING)) edits.push({ start: c.start, end: c.end, text: "" });
  }
  let out = applySplices(xml, edits);
  // The author was appended last: removing it renumbers no one else's.
  if (ours !== "-1" && Number(ours) === names.length - 1) out = out.replace(new RegExp(`<(\\w+:)?author>${escapeXml(CHECKER_AUTHOR)}</(\\w+:)?author>`), "");
  return out;
}

/** True when a comments part holds no comment. */
export function hasNoComments(xml: string, part: string): boolean {
  return commentsByRef(xml, part).size === 0;
}

const VML_HEAD = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">`;
const SHAPETYPE = `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`;

/** The note box type, added to a drawing of the user's that lacks it (one of form controls): marked for clear to take out. */
const MARKED_SHAPETYPE = SHAPETYPE.replace("<v:shapetype ", `<v:shapetype alt="${CHECKER_AUTHOR}" `);

export function newVml(sheetIndex: number): string {
  return `${VML_HEAD}<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${sheetIndex + 1}"/></o:shapelayout>${SHAPETYPE}</xml>`;
}

/**
 * The hidden comment boxes Excel draws notes in, one per note the checker added, written with
 * the rest of the drawing to `out`. Marked with the checker's name in their alt text so that
 * clear finds them after Excel has renumbered them.
 */
export function addNoteShapes(vml: string, refs: string[], out: XmlSink): void {
  const close = vml.lastIndexOf("</xml>");
  // Only the root's declarations are read: VML written by Excel is not always well-formed XML.
  const root = /<xml\b[^>]*>/.exec(vml);
  if (close < 0 || !root) {
    out.push(vml);
    return;
  }
  const scope = scopeWithin(new Map(), root[0]);
  // Counted in a loop: spreading tens of thousands of shape ids as arguments overflows the stack.
  let highest = 1024 * 10;
  for (const m of vml.matchAll(/_x0000_s(\d+)/g)) highest = Math.max(highest, Number(m[1]));
  let next = highest + 1;
  out.push(vml.slice(0, close));
  if (!vml.includes('id="_x0000_t202"')) out.push(fitFragment(MARKED_SHAPETYPE, VML, scope));
  const batch = new Batch(out);
  for (const ref of refs) {
    const at = parseRef(ref);
    if (!at) continue;
    batch.push(fitFragment(`<v:shape id="_x0000_s${next++}" type="#_x0000_t202" alt="${CHECKER_AUTHOR}" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:240pt;height:120pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>${at.row - 1}</x:Row><x:Column>${at.col - 1}</x:Column></x:ClientData></v:shape>`, VML, scope));
  }
  batch.flush();
  out.push(vml.slice(close));
}

/**
 * Takes out the note boxes of the given cells (row and column as the shape holds them), and the
 * note box type the checker added when no note box is left to use it.
 */
export function removeNoteShapes(vml: string, refs: string[]): string {
  const wanted = new Set(refs.map((r) => parseRef(r)).filter((r) => r !== null).map((r) => `${r.row - 1},${r.col - 1}`));
  // Whatever prefixes the drawing binds (ElementTree writes "ns0:shape").
  const out = vml.replace(/<([\w.-]+:)?shape\b[\s\S]*?<\/\1shape>/g, (shape) => {
    if (!/ObjectType="Note"/.test(shape)) return shape;
    const row = /<([\w.-]+:)?Row>(\d+)<\/\1Row>/.exec(shape)?.[2];
    const col = /<([\w.-]+:)?Column>(\d+)<\/\1Column>/.exec(shape)?.[2];
    return wanted.has(`${row},${col}`) ? "" : shape;
  });
  if (out.includes('type="#_x0000_t202"')) return out;
  return out.replace(new RegExp(`<([\\w.-]+:)?shapetype\\b[^>]*\\balt="${CHECKER_AUTHOR}"[\\s\\S]*?</\\1shapetype>`), "");
}
