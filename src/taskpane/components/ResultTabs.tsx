import {
  Button,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  tokens,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { DEFAULT_DUE_WITHIN, type FindingReport, type PlanSheetReport } from "../../engine";
import { ChangesTab } from "./ChangesTab";
import { EscalationsTab } from "./EscalationsTab";
import { FindingsList } from "./FindingsList";
import { SavingsTab } from "./SavingsTab";
import { SlippageTab } from "./SlippageTab";

const useStyles = makeStyles({
  panel: { paddingBlock: tokens.spacingVerticalS },
  // Five tabs do not fit 320 px on one line: those that do not fit go to a More menu, so the strip never wraps.
  strip: { display: "flex", flexWrap: "nowrap", alignItems: "center", minWidth: 0, overflow: "hidden" },
  tabs: { minWidth: 0 },
  // Fluent's small tab pads 6 px a side and its label 2 px more: at 4 px and none, Findings,
  // Slippage and Escalations fit beside More in a 340 px pane, with a gap still between labels.
  tab: { paddingInline: tokens.spacingHorizontalXS },
  label: { paddingInline: 0 },
  more: { minWidth: "auto", flexShrink: 0, paddingInline: tokens.spacingHorizontalXS },
});

type TabId = "findings" | "escalations" | "slippage" | "savings" | "changes";

/** In the order a user works through them: what to fix, what slipped, what goes to the board. */
const TABS: [TabId, string][] = [
  ["findings", "Findings"],
  ["slippage", "Slippage"],
  ["escalations", "Escalations"],
  ["savings", "Savings"],
  ["changes", "Changes"],
];

export interface ResultTabsProps {
  sheet: PlanSheetReport;
  rule: string;
  ruleTitles: Record<string, string>;
  onSelectFinding: (finding: FindingReport) => void;
  selectVerb: string;
  /** Takes the user to a cell that is not a finding's: a slipped step's date. */
  onSelectCell?: (cell: string) => void;
  /** What was clicked, in the browser, and its row, shown under it (a finding, or else a cell). */
  shown?: { cell: string; finding?: FindingReport } | null;
  detail?: ReactNode;
  /** The days ahead a step counts as due soon, as the check used. */
  dueWithin?: number;
}

/** A tab that did not fit the strip, as an item of the More menu; nothing while it is on the strip. */
function OverflowTab({ id, label, onSelect }: { id: TabId; label: string; onSelect: (id: TabId) => void }) {
  if (useIsOverflowItemVisible(id)) return null;
  return <MenuItem onClick={() => onSelect(id)}>{label}</MenuItem>;
}

/** The More menu at the end of the strip, there only while some tab does not fit. */
function MoreTabs({ onSelect }: { onSelect: (id: TabId) => void }) {
  const styles = useStyles();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button ref={ref} size="small" appearance="transparent" className={styles.more} aria-label={`${overflowCount} more tabs`}>
          More ▾
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {TABS.map(([id, label]) => (
            <OverflowTab key={id} id={id} label={label} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** Findings and the figures the summary sheets will hold, one tab each. */
export function ResultTabs({ sheet, rule, ruleTitles, onSelectFinding, selectVerb, onSelectCell, shown, detail, dueWithin = DEFAULT_DUE_WITHIN }: ResultTabsProps) {
  const styles = useStyles();
  // Compared with an earlier version, what moved is what the user asked to see first.
  const [tab, setTab] = useState<TabId>(sheet.since ? "changes" : "findings");
  const panels: Record<TabId, ReactNode> = {
    findings: (
      <FindingsList findings={sheet.findings} ruleTitles={ruleTitles} onSelect={onSelectFinding} selectVerb={selectVerb} shown={shown?.finding} detail={detail} />
    ),
    escalations: <EscalationsTab sheet={sheet} rule={rule} />,
    slippage: (
      <SlippageTab sheet={sheet} onSelectCell={onSelectCell} selectVerb={selectVerb} shownCell={shown && !shown.finding ? shown.cell : null} detail={detail} />
    ),
    savings: <SavingsTab totals={sheet.totals} />,
    changes: <ChangesTab sheet={sheet} dueWithin={dueWithin} />,
  };
  return (
    <div>
      {/* No spare room kept at the end: the More button beside the list is measured as it is. */}
      <Overflow minimumVisible={2} padding={0}>
        {/* The More button sits beside the tab list, not in it: a tablist may hold only tabs. */}
        <div className={styles.strip}>
          <TabList className={styles.tabs} size="small" selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as TabId)}>
            {TABS.map(([id, label]) => (
              // The chosen tab stays on the strip: it is the one the panel below belongs to.
              <OverflowItem key={id} id={id} priority={id === tab ? 2 : 1}>
                <Tab value={id} id={`tab-${id}`} aria-controls="panel-results" className={styles.tab} content={{ className: styles.label }}>
                  {label}
                </Tab>
              </OverflowItem>
            ))}
          </TabList>
          <MoreTabs onSelect={setTab} />
        </div>
      </Overflow>
      <div role="tabpanel" id="panel-results" aria-labelledby={`tab-${tab}`} className={styles.panel}>
        {panels[tab]}
      </div>
    </div>
  );
}
