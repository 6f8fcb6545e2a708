/** The part of sax's API the library benchmark uses (sax ships no types of its own). */
declare module "sax" {
  interface Tag {
    name: string;
    attributes: Record<string, string>;
    isSelfClosing: boolean;
  }
  interface SaxParser {
    onopentag: (tag: Tag) => void;
    ontext: (text: string) => void;
    onclosetag: (name: string) => void;
    write(xml: string): SaxParser;
    close(): SaxParser;
  }
  const sax: { parser(strict: boolean): SaxParser };
  export default sax;
}
