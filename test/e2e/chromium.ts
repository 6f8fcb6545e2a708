/**
 * Debian's Chromium as the browser tests start it. One is started for a whole jest run by
 * test/jest/browser-setup.ts, and each browser test file connects to it (startPaneBrowser); a
 * file run outside jest starts its own with the same switches.
 */
import { existsSync } from "node:fs";

export const CHROMIUM = "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);
export const CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
/** Where the run's Chromium listens, for jest's workers (they inherit it from the setup). */
export const CHROMIUM_ENDPOINT = "PANE_CHROMIUM_WS";
