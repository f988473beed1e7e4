import { ACTION_NAME_PATTERN } from '@tributary/connector-sdk';

/**
 * How an OpenAPI operation is named in the connector: flows reference the
 * action name, so it must be a stable identifier that the SDK accepts.
 */

export interface NamedOperation {
  operationId?: string;
  method: string;
  /** path template, e.g. `/pet/{petId}` */
  path: string;
}

const MAX_NAME_LENGTH = 64;

/**
 * The action name: the operationId made a valid identifier, or, without one,
 * the method and the path (`GET /pet/{petId}` → `getPetByPetId`).
 *
 * @example
 * actionName({ operationId: 'get-pet by_id', method: 'get', path: '/pet/{id}' }); // 'getPetById'
 */
export function actionName(operation: NamedOperation): string {
  const words = operation.operationId?.trim()
    ? splitWords(operation.operationId)
    : [operation.method.toLowerCase(), ...pathWords(operation.path)];
  let name = words.map((word, index) => (index === 0 ? lowerFirst(word) : upperFirst(word))).join('');
  if (!/^[A-Za-z]/.test(name)) name = `op${upperFirst(name)}`;
  name = name.slice(0, MAX_NAME_LENGTH);
  if (!ACTION_NAME_PATTERN.test(name)) throw new Error(`cannot make an action name from ${describe(operation)}`);
  return name;
}

/** Names for all operations, in order; a repeated name gets a numeric suffix (`listPets2`). */
export function uniqueActionNames(operations: NamedOperation[]): string[] {
  const used = new Set<string>();
  return operations.map((operation) => {
    const base = actionName(operation);
    let name = base;
    for (let suffix = 2; used.has(name.toLowerCase()); suffix += 1) {
      name = `${base.slice(0, MAX_NAME_LENGTH - String(suffix).length)}${suffix}`;
    }
    // Compared case-insensitively: the action files are named after it and some file systems ignore case.
    used.add(name.toLowerCase());
    return name;
  });
}

/** `getPetById` → `get-pet-by-id`, the action's file name stem. */
export function kebabCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

/** `getPetById` → `GetPetById`, for schema constant names. */
export function pascalCase(name: string): string {
  return splitWords(name).map(upperFirst).join('');
}

/** The editor label: the operation's summary without a trailing period, else the name in words. */
export function actionDisplayName(name: string, summary: string | undefined): string {
  const label = summary?.trim().replace(/\.$/, '').trim();
  if (label) return label;
  const words = kebabCase(name).split('-').join(' ');
  return upperFirst(words);
}

function splitWords(text: string): string[] {
  return text.split(/[^A-Za-z0-9]+/).filter(Boolean);
}

/** `/pet/{petId}/uploadImage` → ['pet', 'By', 'petId', 'uploadImage'] */
function pathWords(path: string): string[] {
  return path
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => {
      const parameter = /^\{(.+)\}$/.exec(segment);
      return parameter ? ['by', ...splitWords(parameter[1]!)] : splitWords(segment);
    });
}

function upperFirst(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function lowerFirst(word: string): string {
  return word.charAt(0).toLowerCase() + word.slice(1);
}

function describe(operation: NamedOperation): string {
  return operation.operationId ?? `${operation.method.toUpperCase()} ${operation.path}`;
}
