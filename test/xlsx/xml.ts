/** Strict XML reading for the writer's tests (@xmldom/xmldom): a part that is not well-formed fails the test. */
import { DOMParser } from "@xmldom/xmldom";

/** Parses strictly: any warning or error of the parser is thrown. */
export function parseXml(xml: string): Document {
  return new DOMParser({
    errorHandler: (level: string, message: string) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, "text/xml") as unknown as Document;
}

/** The element nodes of a node list (xmldom's lists are not iterable). */
export function elements(list: NodeListOf<Node> | HTMLCollectionOf<Element>): Element[] {
  const out: Element[] = [];
  for (let i = 0; i < list.length; i++) if (list[i].nodeType === 1) out.push(list[i] as Element);
  return out;
}

/** Local names of an element's child elements, in order. */
export const childNames = (parent: Element): string[] => elements(parent.childNodes).map((e) => e.localName);
