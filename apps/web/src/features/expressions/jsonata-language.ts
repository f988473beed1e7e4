import { StreamLanguage, type StreamParser, type StringStream } from '@codemirror/language';

/**
 * Highlighting for JSONata, the expression language of step inputs. A stream
 * tokenizer is enough: highlighting only needs to tell variables, function
 * calls, literals, operators and field names apart; whether the expression is
 * valid is the engine compiler's job (see expression-syntax.ts).
 */

export interface JsonataTokenizerState {
  /** inside a `/* … *\/` comment that spans lines */
  inComment: boolean;
}

const KEYWORDS = new Set(['and', 'or', 'in', 'function']);
const ATOMS = new Set(['true', 'false', 'null']);
/** longest first, so `:=` is not read as `:` then `=` */
const OPERATORS = [
  '~>',
  ':=',
  '!=',
  '<=',
  '>=',
  '..',
  '??',
  '?:',
  '&',
  '?',
  ':',
  '=',
  '<',
  '>',
  '+',
  '-',
  '*',
  '/',
  '%',
  '^',
  '|',
  '@',
  '#',
];

export const jsonataTokenizer: StreamParser<JsonataTokenizerState> = {
  name: 'jsonata',
  startState: () => ({ inComment: false }),
  copyState: (state) => ({ ...state }),
  token(stream, state) {
    if (state.inComment) return continueComment(stream, state);
    if (stream.eatSpace()) return null;
    if (stream.match('/*')) {
      state.inComment = true;
      return continueComment(stream, state);
    }
    const next = stream.peek();
    if (next === '"' || next === "'") return readString(stream, next);
    if (next === '`') {
      // a back-quoted field name such as `Job No.`
      stream.next();
      if (stream.skipTo('`')) stream.next();
      else stream.skipToEnd();
      return 'propertyName';
    }
    if (stream.match(/^(?:\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/)) return 'number';
    if (next === '$') return readVariable(stream);
    const word = stream.match(/^[A-Za-z_][A-Za-z0-9_]*/) as RegExpMatchArray | null;
    if (word) {
      const text = word[0];
      if (KEYWORDS.has(text)) return 'keyword';
      if (ATOMS.has(text)) return 'atom';
      return 'propertyName';
    }
    for (const operator of OPERATORS) if (stream.match(operator)) return 'operator';
    const char = stream.next();
    if (char !== undefined && '()[]{}'.includes(char)) return 'bracket';
    return 'punctuation';
  },
  languageData: {
    commentTokens: { block: { open: '/*', close: '*/' } },
    closeBrackets: { brackets: ['(', '[', '{', '"', "'"] },
  },
};

export const jsonataLanguage = StreamLanguage.define(jsonataTokenizer);

function continueComment(stream: StringStream, state: JsonataTokenizerState): string {
  while (!stream.eol()) {
    if (stream.match('*/')) {
      state.inComment = false;
      return 'comment';
    }
    stream.next();
  }
  return 'comment';
}

function readString(stream: StringStream, quote: string): string {
  stream.next();
  let escaped = false;
  while (!stream.eol()) {
    const char = stream.next();
    if (char === quote && !escaped) return 'string';
    escaped = !escaped && char === '\\';
  }
  return 'string';
}

/** `$trigger`, `$` (the context), `$$` (the root), and `$substring(` as a function call. */
function readVariable(stream: StringStream): string {
  stream.next();
  if (stream.eat('$')) return 'variableName.special';
  if (!stream.match(/^[A-Za-z_][A-Za-z0-9_]*/)) return 'variableName.special';
  return stream.match(/^\s*\(/, false) ? 'variableName.function' : 'variableName';
}
