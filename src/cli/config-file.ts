import { readFile } from "./file-calls";
import { type Config, parseConfig } from "../engine";
import { InputError } from "./load";

/** Reads a `--config` file: the config, or an InputError saying in one sentence what is wrong. */
export async function loadConfig(file: string): Promise<Config> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(`Cannot find the config file '${file}'. Check the path and try again.`);
    throw new InputError(`Cannot open the config file '${file}' (${code ?? "unknown error"}). Check that you may read it.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(`The config file '${file}' is not valid JSON (${(error as Error).message}).`);
  }
  const result = parseConfig(json);
  if (!result.ok) throw new InputError(`${result.message.replace(/\.$/, "")} ('${file}').`);
  return result.config;
}
