import { boardListDisagrees } from "./board-list-disagrees";
import { describeRule, item, plan } from "../../../test/engine/test-plan";

/** Seed 004's escalation candidates: the board list names all Amber items, with or without a saving. */
const items = [
  item({ id: "2.1", row: 72, actionRag: "Amber", savingsRag: "Red", saving: "-2,100" }),
  item({ id: "2.2", row: 82, actionRag: "Amber", savingsRag: "Red" }),
  item({ id: "2.4", row: 88, actionRag: "Amber" }),
  item({ id: "4.7", row: 174, actionRag: "Amber", savingsRag: "Red", saving: "-500" }),
  item({ id: "5.1", row: 188, actionRag: "Amber" }),
];
const seedList = [{ id: "2.1", row: 11 }, { id: "2.2", row: 12 }, { id: "2.4", row: 13 }, { id: "4.7", row: 14 }, { id: "5.1", row: 15 }];

describeRule(boardListDisagrees, [
  {
    name: "seed 004 lists 2.4 and 5.1, which have no saving attached",
    plan: plan({ items, boardList: seedList }),
    expected: [
      { cell: "A13", value: "2.4", itemId: "2.4", params: { direction: "listed-not-picked" }, severity: "warning" },
      { cell: "A15", value: "5.1", params: { direction: "listed-not-picked" } },
    ],
  },
  {
    name: "a list that misses 4.7, which the rule picks",
    plan: plan({ items, boardList: [{ id: "2.1", row: 11 }, { id: "2.2", row: 12 }] }),
    expected: [{ cell: "A174", value: "4.7", params: { direction: "picked-not-listed" } }],
  },
  { name: "a list that agrees", plan: plan({ items, boardList: [{ id: "2.1", row: 11 }, { id: "2.2", row: 12 }, { id: "4.7", row: 14 }] }), expected: [] },
  { name: "no board list on the sheet", plan: plan({ items, boardList: null }), expected: [] },
]);
