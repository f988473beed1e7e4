/** One link of an RFC 8288 `Link` header: its target as written and its parameters (names lower-cased). */
export interface LinkValue {
  target: string;
  params: Record<string, string>;
}

/**
 * The target of the first link whose `rel` includes `rel` (relation types are
 * compared case-insensitively and a link may carry several, `rel="next last"`).
 *
 * @example
 * findLinkTarget('<https://api.example.com/items?page=2>; rel="next", <…?page=9>; rel="last"', 'next');
 * // 'https://api.example.com/items?page=2'
 */
export function findLinkTarget(header: string | undefined, rel: string): string | undefined {
  if (header === undefined) return undefined;
  const wanted = rel.toLowerCase();
  return parseLinkHeader(header).find((link) => (link.params.rel ?? '').toLowerCase().split(/\s+/).includes(wanted))
    ?.target;
}

/**
 * Parses a `Link` header (several headers joined with commas parse as one).
 * Malformed parts are skipped rather than failing the whole header, since a
 * page is still usable when one of its links is not.
 *
 * @example
 * parseLinkHeader('<https://api.example.com/items?page=2>; rel=next');
 * // [{ target: 'https://api.example.com/items?page=2', params: { rel: 'next' } }]
 */
export function parseLinkHeader(header: string): LinkValue[] {
  const links: LinkValue[] = [];
  const scanner = new Scanner(header);
  while (!scanner.done()) {
    scanner.skip(/[\s,]*/y);
    const target = scanner.match(/<([^>]*)>/y);
    if (target === undefined) {
      scanner.skipPast(',');
      continue;
    }
    links.push({ target: target.trim(), params: readParams(scanner) });
  }
  return links;
}

function readParams(scanner: Scanner): Record<string, string> {
  const params: Record<string, string> = {};
  for (;;) {
    scanner.skip(/\s*/y);
    if (scanner.match(/;/y) === undefined) break;
    const name = scanner.match(/\s*([!#$%&'*+\-.^_`|~0-9A-Za-z]+)\s*/y);
    if (name === undefined) break;
    let value = '';
    if (scanner.match(/=\s*/y) !== undefined) {
      const quoted = scanner.match(/"((?:[^"\\]|\\.)*)"/y);
      value = quoted === undefined ? (scanner.match(/([^\s;,]*)/y) ?? '') : quoted.replace(/\\(.)/g, '$1');
    }
    // RFC 8288 §3.3: only the first occurrence of a parameter counts.
    params[name.toLowerCase()] ??= value;
  }
  scanner.skipPast(',');
  return params;
}

/** Walks a string with sticky regexes; `match` returns the first capture group (or the whole match). */
class Scanner {
  private index = 0;

  constructor(private readonly text: string) {}

  done(): boolean {
    return this.index >= this.text.length;
  }

  match(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.index;
    const found = pattern.exec(this.text);
    if (found === null) return undefined;
    this.index = pattern.lastIndex;
    return found[1] ?? found[0];
  }

  skip(pattern: RegExp): void {
    this.match(pattern);
  }

  /** moves past the next `char`, or to the end */
  skipPast(char: string): void {
    const at = this.text.indexOf(char, this.index);
    this.index = at === -1 ? this.text.length : at + 1;
  }
}
