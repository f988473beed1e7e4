/**
 * Finds where and why a text is not JSON. `JSON.parse` errors differ by
 * browser and often give no position at all ("Unexpected token 'o', …"), so
 * the sample editor scans the text itself, to point at the line and column.
 */
export interface JsonSyntaxError {
  offset: number;
  line: number;
  column: number;
  message: string;
}

/** The first syntax error of `text`, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const scanner = new JsonScanner(text);
  try {
    scanner.value();
    scanner.space();
    if (scanner.at < text.length) scanner.fail('unexpected text after the end of the JSON value');
    return null;
  } catch (error) {
    if (!(error instanceof ScanFailure)) throw error;
    const before = text.slice(0, error.offset);
    const line = before.split('\n').length;
    const column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
    return { offset: error.offset, line, column, message: error.message };
  }
}

class ScanFailure extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class JsonScanner {
  at = 0;
  constructor(private readonly text: string) {}

  fail(message: string, offset = this.at): never {
    throw new ScanFailure(offset, message);
  }

  space(): void {
    while (this.at < this.text.length && ' \t\n\r'.includes(this.text[this.at]!)) this.at += 1;
  }

  value(): void {
    this.space();
    const char = this.text[this.at];
    if (char === undefined) this.fail('the JSON ends where a value was expected');
    if (char === '{') return this.object();
    if (char === '[') return this.array();
    if (char === '"') return this.string();
    const literal = LITERALS.find((word) => this.text.startsWith(word, this.at));
    if (literal) {
      this.at += literal.length;
      return;
    }
    NUMBER.lastIndex = this.at;
    if ((char === '-' || (char >= '0' && char <= '9')) && NUMBER.test(this.text)) {
      this.at = NUMBER.lastIndex;
      return;
    }
    if (char === "'") this.fail('strings need double quotes (") in JSON');
    this.fail(`unexpected "${char}": expected a value (text in double quotes, a number, true, false, null, { or [)`);
  }

  object(): void {
    this.at += 1;
    this.space();
    if (this.text[this.at] === '}') {
      this.at += 1;
      return;
    }
    for (;;) {
      this.space();
      if (this.text[this.at] !== '"') {
        this.fail(
          this.text[this.at] === '}' ? 'a comma before "}" is not allowed' : 'expected a field name in double quotes',
        );
      }
      this.string();
      this.space();
      if (this.text[this.at] !== ':') this.fail('expected ":" after the field name');
      this.at += 1;
      this.value();
      this.space();
      const next = this.text[this.at];
      this.at += 1;
      if (next === '}') return;
      if (next !== ',') this.fail('expected "," or "}" after a field value', this.at - 1);
    }
  }

  array(): void {
    this.at += 1;
    this.space();
    if (this.text[this.at] === ']') {
      this.at += 1;
      return;
    }
    for (;;) {
      this.space();
      if (this.text[this.at] === ']') this.fail('a comma before "]" is not allowed');
      this.value();
      this.space();
      const next = this.text[this.at];
      this.at += 1;
      if (next === ']') return;
      if (next !== ',') this.fail('expected "," or "]" after a list item', this.at - 1);
    }
  }

  string(): void {
    const start = this.at;
    this.at += 1;
    while (this.at < this.text.length) {
      const char = this.text[this.at]!;
      if (char === '"') {
        this.at += 1;
        return;
      }
      if (char === '\n') this.fail('a line break inside a string (write \\n)');
      if (char === '\\') {
        const escape = this.text[this.at + 1] ?? '';
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at + 2, this.at + 6))) this.fail('invalid \\u escape');
          this.at += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(escape) || escape === '') this.fail(`invalid escape "\\${escape}"`);
        this.at += 2;
        continue;
      }
      if (char < ' ') this.fail('a control character inside a string');
      this.at += 1;
    }
    this.fail('a string is not closed', start);
  }
}
