import fc from "fast-check";
import { namesOwners, readOwners } from "./owners";

describe("readOwners", () => {
  it.each<[string, string[]]>([
    ["C.Smith/ T. Collins/ J. Davies/", ["C.Smith", "T. Collins", "J. Davies"]],
    // "ditto" under a name, one line per bullet of the action: the same owner again.
    ["Mary Okafor\nditto\nditto", ["Mary Okafor"]],
    ["Head of Revenues\ndo.", ["Head of Revenues"]],
    ["Head of Revenues\n\"", ["Head of Revenues"]],
    ["Mary Okafor ditto ditto", ["Mary Okafor"]],
    ["Dittoway Housing Trust", ["Dittoway Housing Trust"]],
    ["T. Collins/ J. Gregg", ["T. Collins", "J. Gregg"]],
    ["L.Lofting/ C.Smith", ["L.Lofting", "C.Smith"]],
    ["T. Jefford / V. Crompton", ["T. Jefford", "V. Crompton"]],
    ["T. Lacey/ V. Thomas/", ["T. Lacey", "V. Thomas"]],
    ["T. Gurney/ F.van den Hout", ["T. Gurney", "F.van den Hout"]],
    ["R. Leslie/ J Davies/ T.Collins/S.J. Smedmor", ["R. Leslie", "J Davies", "T.Collins", "S.J. Smedmor"]],
    ["Judith Davies/ Tracy Collins", ["Judith Davies", "Tracy Collins"]],
    ["Rebecca Wilshire, Tracy Collins", ["Rebecca Wilshire", "Tracy Collins"]],
    ["T. Collins and J. Gregg", ["T. Collins", "J. Gregg"]],
    ["T. Collins & J. Gregg", ["T. Collins", "J. Gregg"]],
    [
      "A. Jack (AtC); T. Jefford / V. Crompton/A. Warburton (Space)",
      ["A. Jack (AtC)", "T. Jefford", "V. Crompton", "A. Warburton (Space)"],
    ],
    ["Director of Children's Services.", ["Director of Children's Services"]],
    ["Deputy Director of People (Children)", ["Deputy Director of People (Children)"]],
    ["Head of Business Support and Resources / Delivery Unit", ["Head of Business Support and Resources", "Delivery Unit"]],
    [
      "Assistant Head of Legal Services (Child Litigation) / Service Accountant",
      ["Assistant Head of Legal Services (Child Litigation)", "Service Accountant"],
    ],
    ["Assistant Head of Legal Services (Child Litigation).", ["Assistant Head of Legal Services (Child Litigation)"]],
    ["Service Manager, Looked After Children", ["Service Manager, Looked After Children"]],
    ["Service Manager, Looked After Children/ Marketing Manager", ["Service Manager, Looked After Children", "Marketing Manager"]],
    ["Corporate Director, CESC", ["Corporate Director, CESC"]],
    ["Head of Children and Young People's Strategy", ["Head of Children and Young People's Strategy"]],
    ["CMAS/Service Manager, Looked After Children", ["CMAS", "Service Manager, Looked After Children"]],
    ["J. Pallett / AP Manager Inclusion Manager Attendance Manager", ["J. Pallett", "AP Manager", "Inclusion Manager", "Attendance Manager"]],
    ["C-QuAS Service Manager", ["C-QuAS Service Manager"]],
    ["Head of Children and Young People's Strategy", ["Head of Children and Young People's Strategy"]],
    ["Finance Manager Lead", ["Finance Manager", "Lead"]],
    ["  Paula   Hunt ", ["Paula Hunt"]],
    ["Smith J.", ["Smith J."]],
    // initials: a tracker's shorthand for its officers
    ["DM/PL/KL", ["DM", "PL", "KL"]],
    ["DM, PL and KL", ["DM", "PL", "KL"]],
    ["DM & PL", ["DM", "PL"]],
    ["DM PL KL", ["DM", "PL", "KL"]],
    ["J.S./A.B.", ["J.S.", "A.B."]],
    ["Ann Lee, DM", ["Ann Lee", "DM"]],
    // not initials: a title with an acronym in it stays whole
    ["HR Business Partner", ["HR Business Partner"]],
    ["Head of HR and OD", ["Head of HR and OD"]],
    ["CEO", ["CEO"]],
    ["Chair, Secretary", ["Chair", "Secretary"]],
    ["CEO, Chair", ["CEO", "Chair"]],
    ["Treasurer and Clerk", ["Treasurer", "Clerk"]],
    ["Chair of Trustees & CEO", ["Chair of Trustees", "CEO"]],
    ["Safeguarding Trustee & Head of Services", ["Safeguarding Trustee", "Head of Services"]],
    ["Director of Estates and Head of Facilities", ["Director of Estates", "Head of Facilities"]],
  ])("reads %j", (text, owners) => {
    expect(readOwners(text)).toEqual({ kind: "owners", owners });
  });

  it.each([".", "-", "TBC", "TBA", "n/a", "?", " / "])("reads %j as a placeholder, not an owner", (text) => {
    expect(readOwners(text)).toEqual({ kind: "placeholder", text: text.trim() });
  });

  it("reads a blank cell as empty", () => {
    expect(readOwners("  ")).toEqual({ kind: "empty" });
  });

  it("never throws, and never gives a blank owner", () => {
    const text = fc.oneof(fc.string(), fc.array(fc.constantFrom("T. Collins", "/", ",", " and ", "(", ")", "Head", ".", " "), { maxLength: 10 }).map((a) => a.join("")));
    fc.assert(
      fc.property(text, (t) => {
        const read = readOwners(t);
        if (read.kind === "owners") expect(read.owners.every((o) => o.trim() !== "")).toBe(true);
      }),
    );
  });
});

describe("namesOwners: is a cell an owner's, by what it holds", () => {
  it.each(["DM/PL/KL", "J. Smith", "Head of Finance", "Ann Lee, DM", "Chief Nurse", "Service Manager, Looked After Children"])("%p names owners", (text) => {
    expect(namesOwners(text)).toBe(true);
  });
  it.each(["Review staffing", "Complete", "14 Aug", "Red", "1.2", "TBC", "", "Agree the new framework with the partnership board and publish it", "Restructure the senior team", "Move payments online for all services"])("%p does not", (text) => {
    expect(namesOwners(text)).toBe(false);
  });
});
