declare module '@mozilla/readability/Readability-readerable.js' {
  export default function isProbablyReaderable(doc: Document, options?: { minContentLength?: number; minScore?: number; visibilityChecker?: (node: Node) => boolean }): boolean;
}

declare module '@mozilla/readability/JSDOMParser.js' {
  export default class JSDOMParser {
    parse(html: string, url?: string): unknown;
  }
}
