/**
 * Cuts jsdom's built-in stylesheet down to the rules that hide elements, before jsdom loads it.
 *
 * Why: jsdom's getComputedStyle matches all 120 rules of that stylesheet against the element and
 * again against every ancestor (to resolve `visibility`), so one call on an element 13 deep costs
 * milliseconds. Testing Library's role queries, user-event's clicks and Fluent's popup positioning
 * call it for every element they look at: on a busy 2-core machine a single pane test took over
 * 30 s, nearly all of it here. What those callers need from the stylesheet is what is hidden
 * (`display: none`); fonts, margins and block layout mean nothing without a layout engine.
 */
import Module from "node:module";
import path from "node:path";

/** The selectors jsdom's own stylesheet hides (jsdom 20's browser/default-stylesheet.js). */
const HIDDEN_BY_DEFAULT =
  'head, meta, title, link, style, script, input[type="hidden"], datalist, param, ruby > rp, noframes, template, dialog:not([open]), [hidden] { display: none; }';

const environment = path.dirname(require.resolve("jest-environment-jsdom"));
const stylesheet = require.resolve("jsdom/lib/jsdom/browser/default-stylesheet.js", { paths: [environment] });
const trimmed = new Module(stylesheet);
trimmed.filename = stylesheet;
trimmed.loaded = true;
trimmed.exports = HIDDEN_BY_DEFAULT;
require.cache[stylesheet] = trimmed;
