/**
 * The example plan offered on the first screen: examples/lac-progress-2016.xlsx, which
 * scripts/make-examples.ts builds from seed 004. webpack copies it beside the pane as a file of
 * its own, and this module is a chunk of its own: neither is fetched until the user asks.
 */
import exampleUrl from "../../examples/lac-progress-2016.xlsx";
import { PaneError } from "./errors";

export const EXAMPLE_NAME = "lac-progress-2016.xlsx";

export async function exampleFile(): Promise<File> {
  // The file is the pane's own, from where the pane itself was loaded: nothing leaves the machine.
  const response = await fetch(exampleUrl);
  if (!response.ok) throw new PaneError(`The example plan could not be loaded (the server answered ${response.status}). Open a workbook of your own instead.`);
  return new File([await response.blob()], EXAMPLE_NAME, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}
