/** Two versions of a plan side by side: what moved since the last report. */
export { comparePlans, compareWithEarlier, type Comparison, type EarlierVersion } from "./compare";
export type { Change, ChangeKind, RagDirection } from "./changes";
export type { ColumnDifference } from "./columns";
export type { ItemPair, StepPair } from "./match-items";
export { CHANGE_GROUPS, changeGroup, type ChangeGroup } from "./groups";
export { changeWords, changeSentence, valueText, type ChangeWords, type ChangeValue } from "./change-words";
