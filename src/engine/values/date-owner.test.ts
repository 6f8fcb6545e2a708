import fc from "fast-check";
import { splitDateAndOwner, type DateOwnerPart } from "./date-owner";

const part = (dateText: string | null, ownerText: string | null, revisedText: string | null = null): DateOwnerPart => ({
  dateText,
  ownerText,
  revisedText,
});

describe("splitDateAndOwner (seed 002)", () => {
  it.each<[string, DateOwnerPart[]]>([
    ["April 2003 Senior Manager, Looked After Children", [part("April 2003", "Senior Manager, Looked After Children")]],
    ["Immediately CMAS/Service Manager, Looked After Children", [part("Immediately", "CMAS/Service Manager, Looked After Children")]],
    ["October 2001", [part("October 2001", null)]],
    ["October 2001 CMAS Service Manager", [part("October 2001", "CMAS Service Manager")]],
    ["September 2001 C-QuAS Service Manager", [part("September 2001", "C-QuAS Service Manager")]],
    ["June 2001 Family Support Service Manager", [part("June 2001", "Family Support Service Manager")]],
    [
      "April 2002 C-QuAS Service Manager Revised Timescale Oct 2004 – then ongoing process",
      [part("April 2002", "C-QuAS Service Manager", "Oct 2004")],
    ],
    [
      "April 2001 Head of Service April 2002 On going Service Manager, Looked After Children",
      [part("April 2001", "Head of Service"), part("April 2002 On going", "Service Manager, Looked After Children")],
    ],
    ["Head of Service", [part(null, "Head of Service")]],
    // other plans' ways of typing the two together
    ["Revised Timescale Oct 2004", [part(null, null, "Oct 2004")]],
    ["Revised date: 30/09/2013 Head of Finance", [part(null, "Head of Finance", "30/09/2013")]],
    ["Head of Housing – March 2013", [part("March 2013", "Head of Housing")]],
    ["J. Okoro (June 2012)", [part("June 2012", "J. Okoro")]],
    ["Director of Finance by 31/03/2014", [part("31/03/2014", "Director of Finance")]],
    ["Immediately Estates Manager", [part("Immediately", "Estates Manager")]],
    ["Head of Service for 2012 reviews", [part(null, "Head of Service for 2012 reviews")]],
    ["Senior Manager, Looked After Children", [part(null, "Senior Manager, Looked After Children")]],
  ])("splits %j", (text, parts) => {
    expect(splitDateAndOwner(text)).toEqual(parts);
  });

  it("finds no parts in a blank cell", () => {
    expect(splitDateAndOwner("   ")).toEqual([]);
  });

  it("never throws, and never loses a leading date", () => {
    const word = fc.constantFrom("April 2002", "Head of Service", "Revised Timescale", "Oct 2004", "On going", " ", "–", "then", "/");
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(word, { maxLength: 10 }).map((w) => w.join(" "))), (text) => {
        const parts = splitDateAndOwner(text);
        if (text.trim().startsWith("April 2002")) expect(parts[0]?.dateText?.startsWith("April 2002")).toBe(true);
      }),
    );
  });
});
