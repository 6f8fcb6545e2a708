import { applySplices } from "../../src/adapters/xlsx/splice";

describe("applySplices", () => {
  it("makes every splice, given in any order, as making them one at a time from the end would", () => {
    const text = '<commentList><comment ref="A1"/><comment ref="B2"/><comment ref="C3"/></commentList>';
    const b2 = text.indexOf('<comment ref="B2"/>');
    const a1 = text.indexOf('<comment ref="A1"/>');
    const splices = [
      { start: b2, end: b2 + '<comment ref="B2"/>'.length, text: "" },
      { start: a1, end: a1 + '<comment ref="A1"/>'.length, text: '<comment ref="A1">theirs</comment>' },
    ];
    let oneByOne = text;
    for (const s of [...splices].sort((x, y) => y.start - x.start)) oneByOne = oneByOne.slice(0, s.start) + s.text + oneByOne.slice(s.end);
    expect(applySplices(text, splices)).toBe(oneByOne);
    expect(applySplices(text, splices)).toBe('<commentList><comment ref="A1">theirs</comment><comment ref="C3"/></commentList>');
  });

  it("inserts before a replacement at the same offset, and leaves the text alone with no splices", () => {
    expect(applySplices("<a/><b/>", [{ start: 4, end: 8, text: "<c/>" }, { start: 4, end: 4, text: "<new/>" }])).toBe("<a/><new/><c/>");
    expect(applySplices("<a/>", [])).toBe("<a/>");
  });

  it("refuses overlapping splices rather than write a broken part", () => {
    expect(() => applySplices("abcdef", [{ start: 0, end: 3, text: "" }, { start: 2, end: 4, text: "" }])).toThrow(/overlapping/);
  });
});
