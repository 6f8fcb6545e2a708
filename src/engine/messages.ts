import type { Finding } from "./findings";
import { dayText, ordinal, plural, pounds, ragWord } from "./words";

const where = (f: Finding) => f.cell ?? "this sheet";
const itemName = (f: Finding) => (f.itemId ? `Item ${f.itemId}` : `The action on row ${f.row ?? "?"}`);
const ragName = (column: "actionRag" | "savingsRag") => (column === "actionRag" ? "Action RAG" : "Savings RAG");
/** When the earlier version was reported, in words: "31 May 2016", or only "the earlier version". */
const sinceWhen = (since: string | null) => (since ? dayText(since) : "the earlier version");

/**
 * The plain-English message for a finding: what is wrong, on which cell, and what to do, for
 * the person keeping the plan. The switch is exhaustive: a new rule does not compile until it
 * has its words here.
 */
export function messageFor(f: Finding): string {
  switch (f.rule) {
    case "owner-missing":
      return `${f.params.entry ?? itemName(f)} has no owner in ${where(f)}: name the person who answers for it.`;
    case "owner-placeholder":
      return `${f.params.entry ?? itemName(f)} has '${f.value}' as its owner in ${where(f)}, which names nobody: put the name of the person who answers for it.`;
    case "target-date-missing":
      return f.params.reason === "to-be-confirmed"
        ? `Target date '${f.value}' in ${where(f)} is not a date: give a month or a day.`
        : `${itemName(f)} has a step with no target date in ${where(f)}: give a month or a day, or write 'Ongoing' if it has no end.`;
    case "date-not-understood":
      return `'${f.value}' in ${where(f)} is not a date: give a month or a day, e.g. 'Mar 2017' or '31/03/2017'.`;
    case "date-ambiguous":
      return `'${f.value}' in ${where(f)} could be day-first or month-first: write the month as a word (e.g. '3 Apr 2016') or say which locale the workbook uses.`;
    case "date-implausible":
      return `'${f.value}' in ${where(f)} is before 1990 or after 2100, so the year looks mistyped: check it.`;
    case "date-year-inferred": {
      const from =
        f.params.from === "section"
          ? `the section '${f.params.source}'`
          : f.params.from === "nearby"
            ? `the date '${f.params.source}' in ${f.params.sourceCell ?? "the same column"}`
            : f.params.from === "reporting-date"
              ? `the reporting date '${f.params.source}'`
              : `the as-of date you chose (${dayText(f.params.source)})`;
      return `Read '${f.value}' in ${where(f)} as ${f.params.read}, from ${from}; write the year if that is wrong.`;
    }
    case "date-year-unclear":
      return `'${f.value}' in ${where(f)} has no year, and neither its section, the dates near it nor a reporting date settle one: write it with its year.`;
    case "rag-missing":
      return `${itemName(f)} has no Action RAG in ${where(f)}: rate it Blue, Green, Amber or Red.`;
    case "rag-not-understood":
      return `'${f.value}' in ${where(f)} is not ${f.params.column === "actionRag" ? "an" : "a"} ${ragName(f.params.column)}: use Blue, Green, Amber or Red.`;
    case "no-rag-column":
      return `This sheet has no Action RAG column, so no item's status can be read or escalated: add a column headed 'RAG' and rate each item.`;
    case "revised-before-target":
      return `${itemName(f)}: the revised date (${f.value}) is before the target (${f.params.target}) in ${where(f)} — the two columns look swapped; put the new deadline in ${f.params.revisedHeader}.`;
    case "overdue":
      return `${itemName(f)}: the step due ${f.params.due} (${where(f)}) is ${plural(f.params.days, "day")} overdue on ${dayText(f.params.asOf)}: mark it Complete, or give a revised date.`;
    case "slipped":
      return `${itemName(f)}: the step due ${f.params.target} was revised to ${f.params.revised} in ${where(f)}, ${plural(f.params.days, "day")} later.`;
    case "rag-inconsistent-with-dates":
      return f.params.reason === "overdue"
        ? `${itemName(f)} is rated ${f.value || ragWord(f.params.rag)} in ${where(f)} but ${plural(f.params.overdueSteps, "step")} ${f.params.overdueSteps === 1 ? "is" : "are"} overdue (up to ${plural(f.params.mostDays, "day")}): change the RAG or revise the dates.`
        : `${itemName(f)} is rated ${f.value || "Blue"} (complete) in ${where(f)} but its step on row ${f.params.stepRow} is due ${f.params.due} and not marked Complete: mark the step Complete or change the RAG.`;
    case "savings-rag-without-saving":
      return `${itemName(f)} has a Savings RAG (${f.value || ragWord(f.params.rag)}) in ${where(f)} but no target saving: enter the saving it rates, or clear the Savings RAG.`;
    case "saving-without-savings-rag":
      return `${itemName(f)} has a target saving of ${pounds(f.params.pounds, 2)} but no Savings RAG in ${where(f)}: rate the saving Blue, Green, Amber or Red.`;
    case "saving-not-understood":
      return `'${f.value}' in ${where(f)} is not one amount of money: write a single amount, e.g. '£48k', '250,000' or 'None'.`;
    case "duplicate-item-id":
      return `Item id '${f.value}' in ${where(f)} is already used on row ${f.params.firstRow}: give each item its own id.`;
    case "header-repeated":
      return `The header row (row ${f.params.headerRow}) appears again at ${where(f)}; it was skipped, not read as an action.`;
    case "board-list-disagrees":
      return f.params.direction === "listed-not-picked"
        ? `Item ${f.value} is on the sheet's board list (${where(f)}) but the escalation rule does not pick it: take it off the list, or check its RAG and saving.`
        : `Item ${f.value} (${where(f)}) is picked by the escalation rule but is missing from the sheet's board list: add it to the list.`;
    case "step-extended-again":
      return `${itemName(f)}: the step's deadline in ${where(f)} moved again since ${sinceWhen(f.params.since)}, from ${dayText(f.params.from)} to ${dayText(f.params.to)} (${plural(f.params.days, "day")} later), its ${ordinal(f.params.extensions)} extension: ask the owner whether the new date will hold, and say in the update why it moved.`;
    case "rag-worse":
      return `${itemName(f)}'s ${ragName(f.params.column)} went from ${ragWord(f.params.from)} to ${ragWord(f.params.to)} in ${where(f)} since ${sinceWhen(f.params.since)}: the update should say why.`;
    case "rag-better-while-slipping":
      return `${itemName(f)}'s ${ragName(f.params.column)} improved from ${ragWord(f.params.from)} to ${ragWord(f.params.to)} in ${where(f)} since ${sinceWhen(f.params.since)}, yet ${plural(f.params.steps, "step")} moved later (up to ${plural(f.params.mostDays, "day")}): check that the RAG reflects the delay.`;
    case "due-soon-not-updated":
      return `${itemName(f)}: the step due ${f.params.due} is due ${f.params.days === 0 ? "today" : `in ${plural(f.params.days, "day")}`}, with no update since ${sinceWhen(f.params.since)} in ${where(f)}: ask its owner where it stands.`;
    case "stray-value":
      return `'${f.value}' in ${where(f)} stands on a row of its own with no item beside it, so it was not counted: move it onto its item's row.`;
  }
}
