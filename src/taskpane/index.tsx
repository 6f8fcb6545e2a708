/** Placeholder pane: the real one is built in src/taskpane/components/. */
import { FluentProvider, Title2, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

function render(): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Title2 as="h1">Action Plan Checker</Title2>
    </FluentProvider>,
  );
}

// Outside Office (a plain browser) onReady still resolves, so the page renders for development too.
Office.onReady(render);
