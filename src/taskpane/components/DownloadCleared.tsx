import { Button, makeStyles } from "@fluentui/react-components";
import type { Host } from "../host";
import type { PaneStatus } from "../use-pane-status";

const useStyles = makeStyles({ button: { alignSelf: "flex-start" } });

export interface DownloadClearedProps {
  /** A browser host: it holds the cleared copy and can offer it. */
  download: NonNullable<Host["downloadWorkbook"]>;
  status: PaneStatus;
}

/**
 * In the browser, Clear works on the copy the page holds: without this the user's cleared
 * workbook would be nowhere. The file is that copy, cleared, never a fresh check.
 */
export function DownloadCleared({ download, status }: DownloadClearedProps) {
  const styles = useStyles();
  const save = () =>
    status.act("downloading", "download the cleared workbook", async () => {
      await download("cleared");
      status.say("The cleared workbook was downloaded. Your original file is unchanged.");
    });
  return (
    <Button appearance="primary" onClick={() => void save()} disabled={status.busy !== null} className={styles.button}>
      Download the cleared workbook
    </Button>
  );
}
