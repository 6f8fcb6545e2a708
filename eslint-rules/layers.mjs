import { builtinModules } from "node:module";
import path from "node:path";

/**
 * The layers of src/, held by the lint: engine ← adapters ← hosts.
 *
 * - src/engine is host-free: it runs the same in Excel, in a browser and in Node, so it imports
 *   nothing outside itself but the packages it is allowed (zod).
 * - src/adapters/* and the hosts (src/cli, src/taskpane, src/commands) import the engine only
 *   through src/engine/index.ts, its public face, so its folders can be rearranged freely.
 * - Adapters never import a host, and hosts never import each other: what two hosts share
 *   belongs in a module both can import (the engine, an adapter).
 *
 * Relative imports are resolved against the importing file, so "../../engine/grid" is caught
 * from any depth; type-only imports count too (they name the engine's internals all the same).
 */
const HOSTS = ["cli", "taskpane", "commands"];
const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** @param {string} root @param {string} file */
function placeOf(root, file) {
  const [top, second] = path.relative(path.join(root, "src"), file).split(path.sep);
  if (top === "engine") return { layer: "engine", name: "engine" };
  if (top === "adapters") return { layer: "adapter", name: second?.replace(/\.tsx?$/, "") ?? "" };
  if (HOSTS.includes(top)) return { layer: "host", name: top };
  return { layer: "other", name: top };
}

/** The package a bare specifier names: "@fluentui/react-components/x" → "@fluentui/react-components". */
const packageOf = (spec) => spec.split("/").slice(0, spec.startsWith("@") ? 2 : 1).join("/");

/** Whether a package is on an allow list: exact names, "@scope/*", or "node:" for every Node module. */
function allowed(list, spec) {
  const name = packageOf(spec);
  return list.some((entry) => entry === name || (entry === "node:" && NODE_BUILTINS.has(name)) || (entry.endsWith("/*") && name.startsWith(entry.slice(0, -1))));
}

export const layers = {
  meta: {
    type: "problem",
    docs: { description: "Hold the layers: engine ← adapters ← hosts; the engine through its index only; hosts never import each other." },
    schema: [
      {
        type: "object",
        properties: {
          root: { type: "string" },
          enginePackages: { type: "array", items: { type: "string" } },
          engineMayReach: { type: "array", items: { type: "string" } },
        },
        required: ["root"],
        additionalProperties: false,
      },
    ],
    messages: {
      enginePackage: "The engine runs in Excel, a browser and Node alike: it may import only {{allowed}}, not '{{spec}}'. Do this in an adapter or a host.",
      engineOutside: "The engine imports nothing outside src/engine ('{{spec}}' is in {{where}}).",
      engineInternals: "Import the engine through its index ('{{index}}'), not its internals ('{{spec}}'); export what you need from src/engine/index.ts.",
      adapterImportsHost: "An adapter never imports a host ('{{spec}}' is in src/{{host}}): the host passes in what the adapter needs.",
      hostImportsHost: "Hosts never import each other (src/{{from}} → src/{{to}}): move what both need to a module they share.",
    },
  },
  create(context) {
    const [{ root, enginePackages = ["zod"], engineMayReach = [] }] = context.options;
    const file = context.filename;
    const from = placeOf(root, file);
    if (from.layer === "other") return {};
    const engineDir = path.join(root, "src", "engine");
    const engineIndex = new Set([engineDir, path.join(engineDir, "index"), path.join(engineDir, "index.ts")]);
    const indexSpec = () => {
      const relative = path.relative(path.dirname(file), engineDir).split(path.sep).join("/");
      return relative.startsWith(".") ? relative : `./${relative}`;
    };

    /** @param {import("estree").Node} node @param {string} spec */
    function check(node, spec) {
      if (!spec.startsWith(".")) {
        if (from.layer === "engine" && !allowed(enginePackages, spec)) context.report({ node, messageId: "enginePackage", data: { spec, allowed: enginePackages.join(", ") } });
        return;
      }
      const target = path.resolve(path.dirname(file), spec);
      const to = placeOf(root, target);
      if (from.layer === "engine") {
        const inside = to.layer === "engine" || engineMayReach.some((dir) => !path.relative(path.join(root, dir), target).startsWith(".."));
        if (!inside) context.report({ node, messageId: "engineOutside", data: { spec, where: path.relative(root, path.dirname(target)).split(path.sep).join("/") || "." } });
        return;
      }
      if (to.layer === "engine" && !engineIndex.has(target)) context.report({ node, messageId: "engineInternals", data: { spec, index: indexSpec() } });
      else if (from.layer === "adapter" && to.layer === "host") context.report({ node, messageId: "adapterImportsHost", data: { spec, host: to.name } });
      else if (from.layer === "host" && to.layer === "host" && to.name !== from.name) context.report({ node, messageId: "hostImportsHost", data: { from: from.name, to: to.name } });
    }

    const source = (node) => {
      if (node.source?.type === "Literal" && typeof node.source.value === "string") check(node.source, node.source.value);
    };
    return {
      ImportDeclaration: source,
      ExportNamedDeclaration: source,
      ExportAllDeclaration: source,
      ImportExpression: source,
      TSImportEqualsDeclaration(node) {
        const ref = node.moduleReference;
        if (ref.type === "TSExternalModuleReference" && typeof ref.expression.value === "string") check(ref.expression, ref.expression.value);
      },
      "CallExpression[callee.name='require']"(node) {
        const [arg] = node.arguments;
        if (arg?.type === "Literal" && typeof arg.value === "string") check(arg, arg.value);
      },
    };
  },
};

export default { meta: { name: "action-plan-layers" }, rules: { layers } };
