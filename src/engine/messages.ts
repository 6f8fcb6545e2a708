import type { Finding } from "./findings";

const cellName = (f: Finding) => (f.cell ? `cell ${f.cell}` : "this sheet");
const item = (f: Finding) => (f.itemId ? `item ${f.itemId}` : "this item");

/** The plain-English message for a finding: what is wrong, where, and what to do. */
export function messageFor(f: Finding): string {
  switch (f.rule) {
    case "owner-missing":
      return `No owner is named for ${item(f)} (${cellName(f)}): name the person who answers for it.`;
    case "target-date-missing":
      return `A step of ${item(f)} has no target date (${cellName(f)}): give a month or a day.`;
    case "date-not-understood":
      return `'${f.value}' in ${cellName(f)} is not a date: give a month or a day, e.g. 'Mar 2017' or '31/03/2017'.`;
    default:
      return `${f.rule} at ${cellName(f)}.`;
  }
}
