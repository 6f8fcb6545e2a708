import type { RuleId } from "../findings";
import { boardListDisagrees } from "./board-list-disagrees";
import { dateAmbiguous } from "./date-ambiguous";
import { dateImplausible } from "./date-implausible";
import { dateYearInferred } from "./date-year-inferred";
import { dateYearUnclear } from "./date-year-unclear";
import { dateNotUnderstood } from "./date-not-understood";
import { dueSoonNotUpdated } from "./due-soon-not-updated";
import { duplicateItemId } from "./duplicate-item-id";
import { headerRepeated } from "./header-repeated";
import { noRagColumn } from "./no-rag-column";
import { overdue } from "./overdue";
import { ownerMissing } from "./owner-missing";
import { ownerPlaceholder } from "./owner-placeholder";
import { ragBetterWhileSlipping } from "./rag-better-while-slipping";
import { ragInconsistentWithDates } from "./rag-inconsistent-with-dates";
import { ragMissing } from "./rag-missing";
import { ragNotUnderstood } from "./rag-not-understood";
import { ragWorse } from "./rag-worse";
import { revisedBeforeTarget } from "./revised-before-target";
import type { Rule } from "./rule";
import { savingNotUnderstood } from "./saving-not-understood";
import { savingWithoutSavingsRag } from "./saving-without-savings-rag";
import { savingsRagWithoutSaving } from "./savings-rag-without-saving";
import { slipped } from "./slipped";
import { stepExtendedAgain } from "./step-extended-again";
import { strayValue } from "./stray-value";
import { targetDateMissing } from "./target-date-missing";

/**
 * The registry: every rule by its id, in the order the catalogue lists them. Typed against
 * RuleId, so a rule missing here does not compile; a test checks it against the folder.
 */
export const RULES: { readonly [K in RuleId]: Rule<K> } = {
  "owner-missing": ownerMissing,
  "owner-placeholder": ownerPlaceholder,
  "target-date-missing": targetDateMissing,
  "date-not-understood": dateNotUnderstood,
  "date-ambiguous": dateAmbiguous,
  "date-implausible": dateImplausible,
  "date-year-inferred": dateYearInferred,
  "date-year-unclear": dateYearUnclear,
  "rag-missing": ragMissing,
  "rag-not-understood": ragNotUnderstood,
  "no-rag-column": noRagColumn,
  "revised-before-target": revisedBeforeTarget,
  "overdue": overdue,
  "slipped": slipped,
  "rag-inconsistent-with-dates": ragInconsistentWithDates,
  "savings-rag-without-saving": savingsRagWithoutSaving,
  "saving-without-savings-rag": savingWithoutSavingsRag,
  "saving-not-understood": savingNotUnderstood,
  "stray-value": strayValue,
  "duplicate-item-id": duplicateItemId,
  "header-repeated": headerRepeated,
  "board-list-disagrees": boardListDisagrees,
  "step-extended-again": stepExtendedAgain,
  "rag-worse": ragWorse,
  "rag-better-while-slipping": ragBetterWhileSlipping,
  "due-soon-not-updated": dueSoonNotUpdated,
};

/** Every rule id, in catalogue order. */
export const RULE_IDS = Object.keys(RULES) as RuleId[];
