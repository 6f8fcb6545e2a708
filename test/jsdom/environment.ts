/**
 * jest's jsdom environment with a lighter built-in stylesheet (see ./default-stylesheet.ts): the
 * environment for the pane's component tests. The stylesheet module is imported first so that
 * it is in place before jsdom loads.
 */
import "./default-stylesheet";
import JSDOMEnvironment from "jest-environment-jsdom";

export default JSDOMEnvironment;
