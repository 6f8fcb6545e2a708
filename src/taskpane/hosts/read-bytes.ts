import { PaneError } from "../errors";

/**
 * The file's bytes through FileReader, not `Blob.arrayBuffer()`: Safari before 14 (older Excel on
 * Mac) and jsdom lack the latter.
 */
export function readBytes(file: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (reader.result instanceof ArrayBuffer ? resolve(reader.result) : reject(new Error("the file could not be read")));
    reader.onerror = () => reject(new PaneError("The file could not be read. Check that it is not open in another program and try again."));
    reader.readAsArrayBuffer(file);
  });
}
