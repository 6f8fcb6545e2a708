/**
 * jest's jsdom environment with a lighter built-in stylesheet (see ./default-stylesheet.ts): the
 * environment for the pane's component tests. The stylesheet module is imported first so that
 * it is in place before jsdom loads.
 */
import "./default-stylesheet";
import { TextDecoder, TextEncoder } from "node:util";
import JSDOMEnvironment from "jest-environment-jsdom";

/**
 * jsdom lacks TextEncoder and TextDecoder, which every browser the pane runs in has and the
 * package writer uses. Node's are the same WHATWG API, but their bytes would be Node's
 * Uint8Array, not the test's: `bytes instanceof Uint8Array` would then be false in the code
 * under test, as it never is in a browser. The encoder hands back the test realm's.
 */
export default class PaneEnvironment extends JSDOMEnvironment {
  override async setup(): Promise<void> {
    await super.setup();
    const RealmUint8Array = this.global.Uint8Array as Uint8ArrayConstructor;
    class RealmTextEncoder extends TextEncoder {
      override encode(input?: string): Uint8Array<ArrayBuffer> {
        const bytes = super.encode(input);
        return new RealmUint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
      }
    }
    Object.assign(this.global, { TextEncoder: RealmTextEncoder, TextDecoder });
  }
}
