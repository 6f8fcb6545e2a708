/**
 * The webpack loader that points Fluent's icon imports at each icon's own file: the pane's bundle
 * must get the same icons, from the files that export them, and a name it cannot place must stay
 * on the package's index rather than be lost.
 */
import { createRequire } from "node:module";

const { narrowIconImports } = createRequire(__filename)("../scripts/webpack-fluent-icons.cjs") as {
  narrowIconImports: (source: string, unplaced?: (name: string) => void) => string;
};

describe("narrowIconImports", () => {
  it("imports each icon from its own file, and the helpers from the narrower entries", () => {
    // As @fluentui/react-dialog and @fluentui/react-message-bar write them.
    const source = `import { DismissRegular as DismissIcon, CheckmarkCircleFilled, Info16Regular } from "@fluentui/react-icons";\nimport { bundleIcon, iconFilledClassName } from '@fluentui/react-icons';\nuse();`;
    expect(narrowIconImports(source).split("\n")).toEqual([
      `import { DismissRegular as DismissIcon } from "@fluentui/react-icons/svg/dismiss"; import { CheckmarkCircleFilled } from "@fluentui/react-icons/svg/checkmark-circle"; import { Info16Regular } from "@fluentui/react-icons/svg/info";`,
      `import { bundleIcon, iconFilledClassName } from '@fluentui/react-icons/utils';`,
      "use();",
    ]);
  });

  it("names a file by every word and number of the icon's name", () => {
    const source = `import { PresenceAvailable10Filled, Calendar3Day20Regular, TextT12Regular } from "@fluentui/react-icons";`;
    expect(narrowIconImports(source)).toBe(
      `import { PresenceAvailable10Filled } from "@fluentui/react-icons/svg/presence-available"; import { Calendar3Day20Regular } from "@fluentui/react-icons/svg/calendar-3-day"; import { TextT12Regular } from "@fluentui/react-icons/svg/text-t";`,
    );
  });

  it("keeps a name no icon file exports on the index, and the lines where they were", () => {
    const source = `import {\n  ChevronDownRegular,\n  NoSuchIconRegular,\n  useIconContext,\n} from "@fluentui/react-icons";\nuse();`;
    const unplaced: string[] = [];
    const lines = narrowIconImports(source, (name) => unplaced.push(name)).split("\n");
    expect(unplaced).toEqual(["NoSuchIconRegular"]);
    expect(lines[0]).toBe(
      `import { ChevronDownRegular } from "@fluentui/react-icons/svg/chevron-down"; import { NoSuchIconRegular } from "@fluentui/react-icons"; import { useIconContext } from "@fluentui/react-icons/providers";`,
    );
    expect(lines.indexOf("use();")).toBe(source.split("\n").indexOf("use();"));
  });

  it("leaves a module that imports no icons as it is", () => {
    const source = `import { useId } from "@fluentui/react-utilities";\nexport const a = 1;`;
    expect(narrowIconImports(source)).toBe(source);
  });
});
