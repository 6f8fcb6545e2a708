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
 * package writer uses; Node's are the same WHATWG API.
 */
export default class PaneEnvironment extends JSDOMEnvironment {
  override async setup(): Promise<void> {
    await super.setup();
    Object.assign(this.global, { TextEncoder, TextDecoder });
  }
}
