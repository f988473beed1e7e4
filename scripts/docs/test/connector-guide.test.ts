import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * docs/connectors.md quotes the worked example (connectors/cmms), which has
 * its own tests. Every TypeScript block in the guide says where it comes from
 * with `<!-- from: <path> -->` on the line before the fence, and must appear in
 * that file line for line, indentation included, so the guide cannot drift
 * from tested code. A line `// …` in a block skips lines of the file; the
 * parts around it must still appear in that order. A block that is not a
 * quote is marked `<!-- illustrative -->`.
 */

const ROOT = path.resolve(import.meta.dirname, '../../..');
const GUIDE = 'docs/connectors.md';
const ELISION = '// …';

interface TypeScriptBlock {
  /** 1-based line of the opening fence */
  line: number;
  source: { kind: 'file'; path: string } | { kind: 'illustrative' } | { kind: 'unannotated' };
  lines: string[];
}

const blocks = typeScriptBlocks(readFileSync(path.join(ROOT, GUIDE), 'utf8'));

describe(`the TypeScript in ${GUIDE}`, () => {
  it('is all annotated with the file it quotes (or marked illustrative)', () => {
    expect(blocks.length).toBeGreaterThan(0);
    const unannotated = blocks.filter((block) => block.source.kind === 'unannotated').map((block) => block.line);
    expect(unannotated, 'code blocks without <!-- from: … --> (fence line numbers)').toEqual([]);
  });

  it.each(blocks.filter(isQuote).map((block) => [`line ${block.line} (${block.source.path})`, block] as const))(
    'quotes %s verbatim',
    (_name, block) => {
      const file = readFileSync(path.join(ROOT, block.source.path), 'utf8').split('\n');
      expect(missingPart(block.lines, file)).toBeUndefined();
    },
  );
});

describe('missingPart', () => {
  const file = ['export function a() {', '  return 1;', '}', '', 'export function b() {', '  return 2;', '}'];

  it('accepts whole lines in order, with elided lines between them', () => {
    expect(missingPart(['export function a() {', '  return 1;'], file)).toBeUndefined();
    expect(missingPart(['export function a() {', '  // …', '}', '', 'export function b() {'], file)).toBeUndefined();
  });

  it('rejects a changed line, different indentation, a part out of order or half a line', () => {
    expect(missingPart(['export function a() {', '  return 2;'], file)).toEqual([
      'export function a() {',
      '  return 2;',
    ]);
    expect(missingPart(['return 1;'], file)).toEqual(['return 1;']);
    expect(missingPart(['export function b() {', '// …', 'export function a() {'], file)).toEqual([
      'export function a() {',
    ]);
    expect(missingPart(['function a'], file)).toEqual(['function a']);
  });
});

function isQuote(block: TypeScriptBlock): block is TypeScriptBlock & { source: { kind: 'file'; path: string } } {
  return block.source.kind === 'file';
}

/** Every ```ts block with the annotation on the line before its fence. */
function typeScriptBlocks(markdown: string): TypeScriptBlock[] {
  const lines = markdown.split('\n');
  const found: TypeScriptBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const fence = /^(`{3,})(\w*)\s*$/.exec(lines[index]!);
    if (!fence) continue;
    const end = lines.findIndex((line, at) => at > index && line.startsWith(fence[1]!) && line.trim() === fence[1]);
    if (end === -1) throw new Error(`${GUIDE}:${index + 1}: code block never closed`);
    if (fence[2] === 'ts' || fence[2] === 'typescript') {
      found.push({ line: index + 1, source: annotation(lines[index - 1] ?? ''), lines: lines.slice(index + 1, end) });
    }
    index = end;
  }
  return found;
}

function annotation(line: string): TypeScriptBlock['source'] {
  const from = /^<!--\s*from:\s*(\S+)\s*-->$/.exec(line.trim());
  if (from) return { kind: 'file', path: from[1]! };
  if (/^<!--\s*illustrative\s*-->$/.test(line.trim())) return { kind: 'illustrative' };
  return { kind: 'unannotated' };
}

/** The first part of the quote (lines between elisions) not found in the file after the previous part; undefined when all are. */
function missingPart(quote: string[], file: string[]): string[] | undefined {
  const parts: string[][] = [[]];
  for (const line of quote) {
    if (line.trim() === ELISION) parts.push([]);
    else parts.at(-1)!.push(line);
  }
  let from = 0;
  for (const part of parts.filter((candidate) => candidate.length > 0)) {
    const at = indexOfLines(file, part, from);
    if (at === -1) return part;
    from = at + part.length;
  }
  return undefined;
}

function indexOfLines(haystack: string[], needle: string[], from: number): number {
  for (let start = from; start + needle.length <= haystack.length; start++) {
    if (needle.every((line, offset) => haystack[start + offset] === line)) return start;
  }
  return -1;
}
