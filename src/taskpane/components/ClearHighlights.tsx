import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { useState } from "react";

export interface ClearHighlightsProps {
  onConfirm: () => void;
  disabled?: boolean;
}

/** Clearing removes the summary sheets too, so it asks first. */
export function ClearHighlights({ onConfirm, disabled }: ClearHighlightsProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button disabled={disabled} onClick={() => setOpen(true)}>
        Clear highlights
      </Button>
      <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Clear highlights?</DialogTitle>
            <DialogContent>
              This removes the checker's highlights and notes from the plan and deletes its summary sheets. Your own values, colours and notes are put back as they were.
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setOpen(false)}>
                Cancel
              </Button>
              <Button
                appearance="primary"
                onClick={() => {
                  setOpen(false);
                  onConfirm();
                }}
              >
                Clear
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
