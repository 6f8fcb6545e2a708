import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { localToday } from "../adapters/office/check-active-sheet";
import { App } from "./components/App";
import type { Host } from "./host";
import { createBrowserHost } from "./hosts/browser-host";
import { createExcelHost } from "./hosts/excel-host";
import { localStorageSettings } from "./settings";
import { chooseTheme } from "./theme";

/** office.js outside Office resolves at once; a hung load must not leave the pane blank. */
const OFFICE_READY_TIMEOUT_MS = 10_000;

async function officeHost(): Promise<Office.HostType | null> {
  // No Office global: office.js could not load (offline, blocked), so the pane is in a plain browser.
  if (typeof Office === "undefined") return null;
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS));
  const info = await Promise.race([Office.onReady(), timeout]);
  return info?.host ?? null;
}

/** localStorage can be refused (private windows, blocked storage): settings then last the session. */
function browserStorage(): Pick<Storage, "getItem" | "setItem"> {
  try {
    const probe = "actionPlanChecker.probe";
    window.localStorage.setItem(probe, probe);
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    const memory = new Map<string, string>();
    return { getItem: (key) => memory.get(key) ?? null, setItem: (key, value) => void memory.set(key, value) };
  }
}

async function start(): Promise<void> {
  const hostType = await officeHost();
  const inExcel = typeof Office !== "undefined" && hostType === Office.HostType.Excel;
  const example = () => import(/* webpackChunkName: "example" */ "./example-plan").then((module) => module.exampleFile());
  const host: Host = inExcel ? createExcelHost() : createBrowserHost({ settings: localStorageSettings(browserStorage()), example });
  const officeBackground = inExcel ? (Office.context.officeTheme?.bodyBackgroundColor ?? null) : null;
  const prefersDark = window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={chooseTheme(officeBackground, prefersDark)}>
      <App host={host} today={localToday()} />
    </FluentProvider>,
  );
}

void start();
