/**
 * Debian's Chromium as the browser tests start it. One is started for a whole jest run by
 * test/jest/browser-setup.ts, and each browser test file connects to it (startPaneBrowser); a
 * file run outside jest starts its own with the same switches.
 */
import { existsSync } from "node:fs";

export const CHROMIUM = "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);

/**
 * The features playwright-core (1.65) switches off itself, most of them so that the browser
 * asks nothing of Google's servers. Chromium reads only the last --disable-features it is given,
 * so ours below must repeat them.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  "AvoidUnnecessaryBeforeUnloadCheckSync",
  "DestroyProfileOnBrowserClose",
  "HttpsUpgrades",
  "HttpsFirstBalancedModeAutoEnable",
  "LensOverlay",
  "MediaRouter",
  "PaintHolding",
  "ThirdPartyStoragePartitioning",
  "AvoidCorsURLLoaderRestartOnRedirect",
  "TcpPortRandomizationWin",
  "OptimizationHints",
  "NetworkTimeServiceQuerying",
  "AimEnabled",
  "PreconnectToSearch",
  "msForceBrowserSignIn",
  "msEdgeUpdateLaunchServicesPreferredVersion",
];
/**
 * Headless Chromium still builds each window's address bar, and with it the omnibox's drop-down,
 * a web page of its own in a renderer of its own: over a second of CPU for every window, which no
 * test looks at (each browser test file opens one).
 */
const OMNIBOX_POPUP = ["WebUIOmniboxPopup", "WebUIOmniboxAimPopup"];

export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OMNIBOX_POPUP].join(",")}`,
];
/** Where the run's Chromium listens, for jest's workers (they inherit it from the setup). */
export const CHROMIUM_ENDPOINT = "PANE_CHROMIUM_WS";
