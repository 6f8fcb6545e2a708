/**
 * jest's global setup: one Chromium for every browser test file of a run, started before the
 * workers (which inherit its address) and closed after them (browser-teardown.ts). Each file
 * connects and opens its own browser context, with its own storage, downloads and routes,
 * where it used to start a Chromium of its own: a start and a close cost about a second of CPU,
 * seven times a run. Nothing is started when the run has no browser test or there is no Chromium.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import type { Config } from "@jest/types";
import type { BrowserServer } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, CHROMIUM_ENDPOINT, hasChromium } from "../e2e/chromium";

declare global {
  var paneChromium: BrowserServer | undefined;
}

/** Whether this run's paths take the browser tests: `npx jest src/x.test.ts` should not start a browser. */
function runsBrowserTests(globalConfig: Config.GlobalConfig, projectConfig: Config.ProjectConfig): boolean {
  const dir = path.join(projectConfig.rootDir, "test/e2e");
  const pattern = globalConfig.testPathPattern ? new RegExp(globalConfig.testPathPattern, "i") : undefined;
  const ignored = projectConfig.testPathIgnorePatterns.map((p) => new RegExp(p));
  return readdirSync(dir)
    .filter((name) => name.endsWith(".e2e.test.ts"))
    .map((name) => path.join(dir, name))
    .some((file) => (!pattern || pattern.test(file)) && !ignored.some((p) => p.test(file)));
}

export default async function browserSetup(globalConfig: Config.GlobalConfig, projectConfig: Config.ProjectConfig): Promise<void> {
  if (process.env[CHROMIUM_ENDPOINT] || !hasChromium || !runsBrowserTests(globalConfig, projectConfig)) return;
  // Loaded only here: a run without browser tests does not pay for loading playwright.
  const { chromium } = await import("playwright-core");
  const server = await chromium.launchServer({ executablePath: CHROMIUM, headless: false, args: CHROMIUM_ARGS });
  globalThis.paneChromium = server;
  process.env[CHROMIUM_ENDPOINT] = server.wsEndpoint();
}
