/** jest's global teardown: closes the Chromium browser-setup.ts started, if it started one. */
import { CHROMIUM_ENDPOINT } from "../e2e/chromium";

export default async function browserTeardown(): Promise<void> {
  const server = globalThis.paneChromium;
  if (!server) return;
  delete process.env[CHROMIUM_ENDPOINT];
  globalThis.paneChromium = undefined;
  await server.close();
}
