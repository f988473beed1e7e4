import { StringStream } from '@codemirror/language';
import { describe, expect, it } from 'vitest';
import { jsonataTokenizer, type JsonataTokenizerState } from './jsonata-language';

/** The tokens of each line, as [text, token type] pairs, whitespace left out. */
function tokenize(...lines: string[]): [string, string | null][] {
  const state: JsonataTokenizerState = jsonataTokenizer.startState!(2);
  const tokens: [string, string | null][] = [];
  for (const line of lines) {
    const stream = new StringStream(line, 2, 2);
    while (!stream.eol()) {
      stream.start = stream.pos;
      const type = jsonataTokenizer.token(stream, state);
      const text = line.slice(stream.start, stream.pos);
      if (text.trim() !== '') tokens.push([text, type]);
    }
  }
  return tokens;
}

describe('the JSONata tokenizer', () => {
  it('tells variables, paths and function calls apart', () => {
    expect(tokenize('$substring($trigger.body.title, 0, 10)')).toEqual([
      ['$substring', 'variableName.function'],
      ['(', 'bracket'],
      ['$trigger', 'variableName'],
      ['.', 'punctuation'],
      ['body', 'propertyName'],
      ['.', 'punctuation'],
      ['title', 'propertyName'],
      [',', 'punctuation'],
      ['0', 'number'],
      [',', 'punctuation'],
      ['10', 'number'],
      [')', 'bracket'],
    ]);
  });

  it('reads strings with escaped quotes, numbers with exponents and the context variables', () => {
    expect(tokenize(`"say \\"hi\\"" & 'x' & 1.5e3 & $ & $$`)).toEqual([
      [`"say \\"hi\\""`, 'string'],
      ['&', 'operator'],
      ["'x'", 'string'],
      ['&', 'operator'],
      ['1.5e3', 'number'],
      ['&', 'operator'],
      ['$', 'variableName.special'],
      ['&', 'operator'],
      ['$$', 'variableName.special'],
    ]);
  });

  it('knows the word operators, literals and multi-character operators', () => {
    expect(tokenize('a in b and c or true ? null : x != y ~> $f := 1')).toEqual([
      ['a', 'propertyName'],
      ['in', 'keyword'],
      ['b', 'propertyName'],
      ['and', 'keyword'],
      ['c', 'propertyName'],
      ['or', 'keyword'],
      ['true', 'atom'],
      ['?', 'operator'],
      ['null', 'atom'],
      [':', 'operator'],
      ['x', 'propertyName'],
      ['!=', 'operator'],
      ['y', 'propertyName'],
      ['~>', 'operator'],
      ['$f', 'variableName'],
      [':=', 'operator'],
      ['1', 'number'],
    ]);
  });

  it('treats back-quoted names as field names', () => {
    expect(tokenize('`Job No.`')).toEqual([['`Job No.`', 'propertyName']]);
  });

  it('continues a block comment over lines', () => {
    expect(tokenize('/* first', 'second */ $x')).toEqual([
      ['/* first', 'comment'],
      ['second */', 'comment'],
      ['$x', 'variableName'],
    ]);
  });
});
