/**
 * "1 step", "10 steps", "1 day", "0 items": a count and its noun, singular for one. The one
 * place the pane, the CLI and the summary sheets put a count to a noun, so none says "1 steps".
 * `nouns` is the plural where adding "s" is wrong ("1 entry", "2 entries").
 */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}
