import { dateNotUnderstood } from "./date-not-understood";
import { ownerMissing } from "./owner-missing";
import type { Rule } from "./rule";
import { targetDateMissing } from "./target-date-missing";

/** The registry: every rule by its id. A test checks it against the files in this folder. */
export const RULES: Record<string, Rule> = {
  [dateNotUnderstood.id]: dateNotUnderstood,
  [ownerMissing.id]: ownerMissing,
  [targetDateMissing.id]: targetDateMissing,
};
