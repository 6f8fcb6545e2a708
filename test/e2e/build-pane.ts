/**
 * Builds the pane for the browser tests ahead of jest (see builtPane): `npm test` runs this beside
 * the type check and the lint, where it uses the core the lint leaves idle, instead of inside the
 * first browser test while the other browser tests wait for it. Nothing is built where there is
 * no Chromium, since the browser tests are then skipped.
 */
// From chromium.ts, not pane-page.ts: that one loads playwright, which the build never uses.
import { hasChromium } from "./chromium";
import { builtPane } from "./pane-server";

async function main(): Promise<void> {
  if (!hasChromium) {
    console.log("no Chromium: the browser tests are skipped, so the pane is not built for them");
    return;
  }
  console.log(`the pane for the browser tests is in ${await builtPane()}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
