/**
 * The tests of packing (office-write, office-scale, office-failures) run small plans against a
 * small limit. These hold that, given no limits, the adapter packs against Excel on the web's:
 * a request or a response over 5 MB is refused, and batches are packed to 3.5 MB under it.
 */
import { budgetBytes, EXCEL_PAYLOAD_LIMITS, readWorksheet } from "../../src/adapters/office";
import { WriteBatch } from "../../src/adapters/office/batch";
import { ReadBatch } from "../../src/adapters/office/read-batch";
import { asExcel, fakeExcel, FakeWorkbookModel, PAYLOAD_LIMIT_BYTES } from "../fakes/excel-fake";

const MB = 1_000_000;

describe("the payload limits by default", () => {
  it("are Excel on the web's 5 MB each way, packed to 3.5 MB", () => {
    expect(EXCEL_PAYLOAD_LIMITS).toEqual({ payloadBytes: 5 * MB });
    expect(PAYLOAD_LIMIT_BYTES).toBe(5 * MB);
    expect(budgetBytes()).toBe(3.5 * MB);
  });

  it("let a write batch queue 3.5 MB before it syncs, and no more", async () => {
    const context = { sync: jest.fn(async () => undefined) };
    const batch = new WriteBatch(context as unknown as Excel.RequestContext);
    await batch.reserve(3 * MB);
    await batch.reserve(0.5 * MB);
    expect(context.sync).not.toHaveBeenCalled();
    await batch.reserve(1);
    expect(context.sync).toHaveBeenCalledTimes(1);
  });

  it("let a read batch plan 3.5 MB of request and of response for one sync", () => {
    const batch = new ReadBatch(async () => undefined);
    expect(batch.budget).toEqual({ request: 3.5 * MB, response: 3.5 * MB });
  });

  it("read a sheet's first 20,000 cells in one block (250 bytes a cell within 5 MB)", async () => {
    async function syncsToRead(rows: number, columns: number): Promise<number> {
      const model = new FakeWorkbookModel();
      const sheet = model.addSheet("Plan");
      for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) sheet.setCell(r, c, { value: r * columns + c });
      const { fake, context } = fakeExcel(model);
      const grid = await readWorksheet(context, asExcel(fake.workbook.worksheets.getItem("Plan")), { features: { cellProperties: true, mergedAreas: true } });
      expect(grid.rows[rows - 1][columns - 1]?.value).toBe(rows * columns - 1);
      return fake.syncs.length;
    }
    // One sync for the used range, then the block: a row past 20,000 cells takes one more.
    expect(await syncsToRead(1_000, 20)).toBe(2);
    expect(await syncsToRead(1_001, 20)).toBe(3);
  });
});
