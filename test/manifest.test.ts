/**
 * Checks manifest.xml offline, as CI has no network: `office-addin-manifest validate` posts the
 * manifest to an online service, so this test holds the checks we can make here.
 * office-addin-manifest's own reader is offline too, but it pulls ESM-only packages that jest
 * cannot require, so the few fields Office requires are read with patterns over the file.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..");
const MANIFEST = join(ROOT, "manifest.xml");
const xml = readFileSync(MANIFEST, "utf8");
const SERVED_FROM = "https://localhost:3000/";

/** Width and height from a PNG's IHDR chunk, which the format puts first. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  const signature = "89504e470d0a1a0a";
  if (png.subarray(0, 8).toString("hex") !== signature || png.subarray(12, 16).toString("ascii") !== "IHDR") {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The part before VersionOverrides: the elements every Office version reads. */
const basic = xml.slice(0, xml.indexOf("<VersionOverrides"));

/** A basic element's text (<Id>…</Id>) or DefaultValue (<DisplayName DefaultValue="…"/>). */
function basicField(name: string): string | undefined {
  const m = new RegExp(`<${name}(?:\\s+DefaultValue="([^"]*)"\\s*/>|>([^<]*)</${name}>)`).exec(basic);
  return m ? (m[1] ?? m[2]).trim() : undefined;
}

/** Every value of an attribute, wherever it appears. */
function attributeValues(name: string): string[] {
  return [...xml.matchAll(new RegExp(`\\s${name}="([^"]*)"`, "g"))].map((m) => m[1]);
}

/** The text of every element with this (local) name. */
function elementTexts(name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}>\\s*([^<]*?)\\s*</${name}>`, "g"))].map((m) => m[1]);
}

/** The asset file an https://localhost:3000/assets/… URL is served from. */
function assetFile(url: string): string {
  expect(url.startsWith(`${SERVED_FROM}assets/`)).toBe(true);
  return join(ROOT, url.slice(SERVED_FROM.length));
}

describe("manifest.xml", () => {
  it("has the elements Office requires, for an Excel task pane add-in", () => {
    expect(xml).toMatch(/<OfficeApp [^>]*xsi:type="TaskPaneApp"/);
    expect(basicField("Id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(basicField("Version")).toMatch(/^\d+(\.\d+){0,3}$/);
    for (const name of ["ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
      expect(basicField(name)).toBeTruthy();
    }
    expect([...basic.matchAll(/<Host Name="([^"]+)"\s*\/>/g)].map((m) => m[1])).toEqual(["Workbook"]);
    expect(basicField("Permissions")).toBe("ReadWriteDocument");
    expect(basic).toMatch(new RegExp(`<DefaultSettings>\\s*<SourceLocation DefaultValue="${SERVED_FROM}taskpane.html"\\s*/>`));
  });

  it("puts a Check plan and an Open pane button in an Action Plan group on the Home tab", () => {
    expect(xml).toMatch(/<OfficeTab id="TabHome">/);
    expect(xml).toMatch(/<bt:String id="ActionPlan.Group.Label" DefaultValue="Action Plan"\/>/);
    expect(xml).toMatch(/<Action xsi:type="ExecuteFunction">\s*<FunctionName>checkPlan<\/FunctionName>/);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(xml).toMatch(/<FunctionFile resid="Commands.Url"\/>/);
    expect(xml).toMatch(/<GetStarted>[\s\S]*<Title [\s\S]*<Description [\s\S]*<LearnMoreUrl [\s\S]*<\/GetStarted>/);
  });

  it("defines every resource it refers to, once", () => {
    const defined = [...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(defined).size).toBe(defined.length);
    for (const resid of attributeValues("resid")) expect(defined).toContain(resid);
  });

  it("uses only https URLs", () => {
    const urls = attributeValues("DefaultValue").filter((v) => /^[a-z]+:\/\//i.test(v));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
    expect(xml).not.toMatch(/http:\/\/(?!schemas\.microsoft\.com|www\.w3\.org)/);
  });

  it("points every icon at a PNG in assets/ of the stated size", () => {
    const sized = [...xml.matchAll(/<bt:Image id="([^"]+)" DefaultValue="([^"]+)"\/>/g)];
    expect(sized.length).toBeGreaterThanOrEqual(3);
    for (const [, id, url] of sized) {
      const size = Number(/(\d+)x\1/.exec(id)?.[1]);
      expect(pngSize(assetFile(url))).toEqual({ width: size, height: size });
    }
    const top = [...xml.matchAll(/<(IconUrl|HighResolutionIconUrl) DefaultValue="([^"]+)"\/>/g)];
    const expected: Record<string, number> = { IconUrl: 32, HighResolutionIconUrl: 64 };
    for (const [, element, url] of top) expect(pngSize(assetFile(url)).width).toBe(expected[element]);
  });

  it("ships every icon size the store and ribbon ask for", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(join(ROOT, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  it("has every ExecuteFunction registered by Office.actions.associate in the commands file", () => {
    const commands = readFileSync(join(ROOT, "src", "commands", "commands.ts"), "utf8");
    const registered = new Set([...commands.matchAll(/Office\.actions\.associate\(\s*"([^"]+)"/g)].map((m) => m[1]));
    const functions = elementTexts("FunctionName");
    expect(functions).toContain("checkPlan");
    for (const name of functions) expect(registered).toContain(name);
  });
});
