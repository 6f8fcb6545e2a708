/**
 * @fluentui/react-icons for jest: the same icons, each loaded from the package's own file for
 * it on first use. The real index builds all ~26,000 icons when it loads, which jest does again
 * for each test file that shows a Fluent component: over 2 s of CPU each, for the handful of
 * chevrons and checkmarks the pane shows. A browser build is unaffected (webpack keeps only what is used).
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require("node:fs");
const path = require("node:path");

const LIB = path.resolve(__dirname, "../../node_modules/@fluentui/react-icons/lib-cjs");

// What the index exports besides icons, from the same files it takes them from.
const helpers = {
  ...require(path.join(LIB, "utils/useIconState.cjs")),
  ...require(path.join(LIB, "utils/constants.cjs")),
  wrapIcon: require(path.join(LIB, "utils/wrapIcon.cjs")).wrapIcon,
  bundleIcon: require(path.join(LIB, "utils/bundleIcon.cjs")).bundleIcon,
  createFluentIcon: require(path.join(LIB, "utils/createFluentIcon.cjs")).createFluentIcon,
  IconDirectionContextProvider: require(path.join(LIB, "contexts/index.cjs")).IconDirectionContextProvider,
  useIconContext: require(path.join(LIB, "contexts/index.cjs")).useIconContext,
};

/** ChevronRight20Regular is in atoms/svg/chevron-right.cjs, with its other sizes and styles. */
function atomFile(name) {
  const base = name.replace(/\d*(Regular|Filled|Color|Light)$/, "");
  const kebab = base.replace(/([a-z0-9])([A-Z])/g, "$1-$2").replace(/([A-Za-z])(\d)/g, "$1-$2").toLowerCase();
  return path.join(LIB, "atoms/svg", `${kebab}.cjs`);
}

function icon(name) {
  const file = atomFile(name);
  const atom = fs.existsSync(file) ? require(file) : {};
  // A few names do not follow the file naming (FStop is in f-stop.cjs): those come from the whole index.
  return name in atom ? atom[name] : require(path.join(LIB, "index.cjs"))[name];
}

module.exports = new Proxy(
  { __esModule: true, ...helpers },
  {
    get(target, name) {
      if (name in target || typeof name !== "string" || !/^[A-Z]/.test(name)) return target[name];
      target[name] = icon(name);
      return target[name];
    },
  },
);
