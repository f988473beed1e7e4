/** The JSONata built-in functions people reach for, with the one-line signature the completion list shows. */
export interface JsonataFunction {
  name: string;
  signature: string;
  summary: string;
}

export const JSONATA_FUNCTIONS: readonly JsonataFunction[] = [
  // text
  { name: 'string', signature: '$string(value)', summary: 'value as text (objects as JSON)' },
  { name: 'length', signature: '$length(text)', summary: 'number of characters' },
  { name: 'substring', signature: '$substring(text, start, length?)', summary: 'part of a text' },
  { name: 'substringBefore', signature: '$substringBefore(text, chars)', summary: 'text before the first match' },
  { name: 'substringAfter', signature: '$substringAfter(text, chars)', summary: 'text after the first match' },
  { name: 'uppercase', signature: '$uppercase(text)', summary: 'text in upper case' },
  { name: 'lowercase', signature: '$lowercase(text)', summary: 'text in lower case' },
  { name: 'trim', signature: '$trim(text)', summary: 'without leading/trailing spaces' },
  { name: 'pad', signature: '$pad(text, width, char?)', summary: 'padded to a width (negative: on the left)' },
  { name: 'contains', signature: '$contains(text, pattern)', summary: 'true if the text contains the pattern' },
  { name: 'split', signature: '$split(text, separator, limit?)', summary: 'list of parts' },
  { name: 'join', signature: '$join(list, separator?)', summary: 'texts joined into one' },
  { name: 'match', signature: '$match(text, pattern, limit?)', summary: 'regex matches' },
  { name: 'replace', signature: '$replace(text, pattern, replacement, limit?)', summary: 'replaced occurrences' },
  { name: 'base64encode', signature: '$base64encode(text)', summary: 'Base64 of a text' },
  { name: 'base64decode', signature: '$base64decode(text)', summary: 'text from Base64' },
  { name: 'encodeUrlComponent', signature: '$encodeUrlComponent(text)', summary: 'escaped for a URL part' },
  { name: 'decodeUrlComponent', signature: '$decodeUrlComponent(text)', summary: 'unescaped URL part' },
  // numbers
  { name: 'number', signature: '$number(value)', summary: 'value as a number' },
  { name: 'abs', signature: '$abs(number)', summary: 'absolute value' },
  { name: 'floor', signature: '$floor(number)', summary: 'rounded down' },
  { name: 'ceil', signature: '$ceil(number)', summary: 'rounded up' },
  { name: 'round', signature: '$round(number, digits?)', summary: 'rounded (half to even)' },
  { name: 'power', signature: '$power(base, exponent)', summary: 'base to the power' },
  { name: 'sqrt', signature: '$sqrt(number)', summary: 'square root' },
  { name: 'formatNumber', signature: '$formatNumber(number, picture)', summary: 'number as text, e.g. "#,##0.00"' },
  { name: 'formatInteger', signature: '$formatInteger(number, picture)', summary: 'integer as text or words' },
  { name: 'parseInteger', signature: '$parseInteger(text, picture)', summary: 'integer from text' },
  { name: 'sum', signature: '$sum(list)', summary: 'sum of numbers' },
  { name: 'max', signature: '$max(list)', summary: 'largest number' },
  { name: 'min', signature: '$min(list)', summary: 'smallest number' },
  { name: 'average', signature: '$average(list)', summary: 'mean of numbers' },
  // logic
  { name: 'boolean', signature: '$boolean(value)', summary: 'value as true/false' },
  { name: 'not', signature: '$not(value)', summary: 'logical not' },
  { name: 'exists', signature: '$exists(value)', summary: 'true if the value is there' },
  // lists
  { name: 'count', signature: '$count(list)', summary: 'number of items' },
  { name: 'append', signature: '$append(list1, list2)', summary: 'lists joined' },
  { name: 'sort', signature: '$sort(list, function?)', summary: 'sorted list' },
  { name: 'reverse', signature: '$reverse(list)', summary: 'list in reverse order' },
  { name: 'distinct', signature: '$distinct(list)', summary: 'list without duplicates' },
  { name: 'filter', signature: '$filter(list, function($v, $i))', summary: 'items the function accepts' },
  { name: 'map', signature: '$map(list, function($v, $i))', summary: 'each item transformed' },
  { name: 'reduce', signature: '$reduce(list, function($acc, $v), init?)', summary: 'list folded into one value' },
  { name: 'zip', signature: '$zip(list1, list2, …)', summary: 'lists combined item by item' },
  // objects
  { name: 'keys', signature: '$keys(object)', summary: 'field names' },
  { name: 'lookup', signature: '$lookup(object, key)', summary: 'value of a field by name' },
  { name: 'merge', signature: '$merge(list of objects)', summary: 'objects merged into one' },
  { name: 'spread', signature: '$spread(object)', summary: 'one object per field' },
  { name: 'each', signature: '$each(object, function($v, $k))', summary: 'a value per field' },
  { name: 'type', signature: '$type(value)', summary: 'the JSON type name' },
  { name: 'error', signature: '$error(message)', summary: 'fails with a message' },
  { name: 'assert', signature: '$assert(condition, message)', summary: 'fails unless the condition holds' },
  // dates
  { name: 'now', signature: '$now(picture?, timezone?)', summary: 'current time as ISO 8601 text' },
  { name: 'millis', signature: '$millis()', summary: 'current time in milliseconds' },
  { name: 'toMillis', signature: '$toMillis(text, picture?)', summary: 'milliseconds from a date text' },
  { name: 'fromMillis', signature: '$fromMillis(ms, picture?, timezone?)', summary: 'date text from milliseconds' },
];
