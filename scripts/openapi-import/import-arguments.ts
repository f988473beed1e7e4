/** The command line of `npm run connector:import-openapi`, checked. */
export interface ImportArguments {
  documentPath: string;
  name: string;
  displayName?: string;
  operations?: string[];
  documentUrl?: string;
  out?: string;
}

export const IMPORT_USAGE =
  'usage: npm run connector:import-openapi -- <openapi.json|yaml> <connector-name> [--display "Display name"] [--operations a,b,c] [--document-url <url>] [--out <folder>]';

const OPTIONS = new Set(['--display', '--operations', '--document-url', '--out']);

/**
 * @example
 * parseImportArguments(['api.yaml', 'billing', '--operations', 'listInvoices,getInvoice']);
 * // { documentPath: 'api.yaml', name: 'billing', operations: ['listInvoices', 'getInvoice'] }
 */
export function parseImportArguments(argv: string[]): ImportArguments {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    if (!OPTIONS.has(arg)) throw new Error(`unknown option ${arg}\n${IMPORT_USAGE}`);
    const value = argv[index + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${arg} needs a value\n${IMPORT_USAGE}`);
    options.set(arg, value);
    index += 1;
  }
  const [documentPath, name, ...extra] = positional;
  if (documentPath === undefined || name === undefined || extra.length > 0) throw new Error(IMPORT_USAGE);
  const documentUrl = options.get('--document-url');
  if (documentUrl !== undefined && !URL.canParse(documentUrl)) {
    throw new Error(`--document-url must be an absolute URL, not "${documentUrl}"`);
  }
  const operations = options
    .get('--operations')
    ?.split(',')
    .map((operation) => operation.trim())
    .filter(Boolean);
  if (operations !== undefined && operations.length === 0) throw new Error('--operations lists no operation');
  return {
    documentPath,
    name,
    ...optional('displayName', options.get('--display')),
    ...optional('operations', operations),
    ...optional('documentUrl', documentUrl),
    ...optional('out', options.get('--out')),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
