/**
 * How the pane's component tests render and act, kept fast under jsdom on a busy 2-core machine.
 * Each choice here was measured (see the README's test section):
 * - jsdom's getComputedStyle matches every stylesheet rule against the element and each of its
 *   ancestors, and Testing Library's role queries, user-event's clicks and Fluent's popup
 *   positioning call it for each element they look at. The environment (test/jsdom) trims jsdom's
 *   own stylesheet; here Fluent's atomic CSS (hundreds of rules) is cut to the rules that hide
 *   things (`display: none`, `visibility: hidden`): those change what a user can reach, the rest
 *   is looks.
 * - Waiting is done on the pane's `aria-busy` (one attribute read) rather than by polling role
 *   queries, which re-run the costly search on every DOM change.
 * - user-event without its pointer-events check (another getComputedStyle walk per click):
 *   Fluent disables buttons with the `disabled` attribute, which user-event honours anyway. Its
 *   delay stays 0 (a yield between actions), which Fluent's focus handling needs.
 */
import { createDOMRenderer, FluentProvider, RendererProvider } from "@fluentui/react-components";
import { configure, render, waitFor } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import type { ReactElement } from "react";

// Waits are on conditions, so a generous limit costs nothing when the machine is quick and saves
// a false failure when it is busy (Fluent's dialog finishes its motion on a timer).
configure({ asyncUtilTimeout: 10_000 });

/**
 * jsdom lays nothing out: every element is 0 px wide, which Fluent's Overflow (the result tabs)
 * takes for a strip too narrow for any tab. Here every element has a wide pane's room, so all
 * tabs show, as at the widths the Chromium test checks. It has no ResizeObserver either; nothing
 * resizes here, so one that never calls back is the truth.
 */
Object.defineProperty(HTMLElement.prototype, "clientWidth", { configurable: true, get: () => 1024 });
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

const HIDING_RULE = /display:\s*none|visibility:\s*hidden/;
const renderer = createDOMRenderer(document, { unstable_filterCSSRule: (rule) => HIDING_RULE.test(rule) });

/**
 * Theme tokens are left out too: FluentProvider writes them as one rule of some 500 custom
 * properties, which jsdom copies property by property on every getComputedStyle of the provider's
 * element, and Fluent's popup positioning asks for that element's style over and over.
 */
const NO_TOKENS = {};

/** Renders inside Fluent's provider, with only the CSS rules that hide things (see above). */
export const renderFluent = (ui: ReactElement) =>
  render(
    <RendererProvider renderer={renderer} targetDocument={document}>
      <FluentProvider theme={NO_TOKENS}>{ui}</FluentProvider>
    </RendererProvider>,
  );

export const setupUser = (options: Parameters<typeof userEvent.setup>[0] = {}) =>
  userEvent.setup({ delay: 0, pointerEventsCheck: PointerEventsCheckLevel.Never, ...options });

/** Resolves once the pane has finished what it was doing (it says so with aria-busy). */
export async function idle(): Promise<void> {
  await waitFor(() => expect(document.querySelector("main")?.getAttribute("aria-busy")).toBe("false"));
}
