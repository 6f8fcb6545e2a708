/**
 * A zod schema built the first time it is used, not when its module loads. Building zod's
 * schemas was a third of the CLI's start-up (some 25 ms of every run, `--version` included),
 * and most runs use few of them: a check never parses a report, a config or a stored layout.
 *
 * The value stands for the schema itself: `.parse`, `.optional()`, `z.array(it)` and
 * `z.toJSONSchema(it)` behave as with the schema, which `build` makes once, when first asked.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let schema: T | undefined;
  const built = () => (schema ??= build());
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(built(), key),
    set: (_, key, value) => Reflect.set(built(), key, value),
    has: (_, key) => Reflect.has(built(), key),
    ownKeys: () => Reflect.ownKeys(built()),
    // Said configurable, as a proxy must of what its empty stand-in lacks; the schema keeps its own.
    getOwnPropertyDescriptor: (_, key) => {
      const found = Reflect.getOwnPropertyDescriptor(built(), key);
      return found && { ...found, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(built()),
  });
}
