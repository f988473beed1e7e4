import { z } from 'zod';

/**
 * Paths name a place in a source record or in the mapped output:
 * `workOrder.asset.tag`, `lines[0].qty`, and `["Job No."]` for keys that are
 * not plain names. They are parsed once, when a mapping is compiled, into
 * segments (a key or an array index) so applying a mapping never re-parses.
 */

export type PathSegment = string | number;

/** Array indices above this are a typo, not a mapping: `lines[100000]` would build a huge array. */
export const MAX_PATH_INDEX = 10_000;

/** Keys that would reach an object's prototype instead of its data. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

const NAME = /^[A-Za-z0-9_$@-]+/;
const INDEX = /^\[(\d+)\]/;
const QUOTED = /^\["((?:[^"\\]|\\.)*)"\]/;

/** Parses a path into segments, or says what is wrong with it. */
export function parseMappingPath(path: string): { ok: true; segments: PathSegment[] } | { ok: false; message: string } {
  const segments: PathSegment[] = [];
  let rest = path;
  let expectName = true;
  while (rest.length > 0) {
    const quoted = QUOTED.exec(rest);
    const index = quoted ? null : INDEX.exec(rest);
    const name = quoted || index || !expectName ? null : NAME.exec(rest);
    if (quoted) {
      segments.push(JSON.parse(`"${quoted[1]}"`) as string);
      rest = rest.slice(quoted[0].length);
    } else if (index) {
      if (segments.length === 0) return invalid(path, 'it must start with a name, not an index');
      const value = Number(index[1]);
      if (value > MAX_PATH_INDEX) return invalid(path, `index ${value} is above ${MAX_PATH_INDEX}`);
      segments.push(value);
      rest = rest.slice(index[0].length);
    } else if (name) {
      segments.push(name[0]);
      rest = rest.slice(name[0].length);
    } else {
      return invalid(path, `unexpected "${rest[0]}" at position ${path.length - rest.length}`);
    }
    expectName = false;
    if (rest.startsWith('.')) {
      rest = rest.slice(1);
      if (rest.length === 0) return invalid(path, 'it ends with "."');
      expectName = true;
    }
  }
  if (segments.length === 0) return invalid(path, 'it is empty');
  const forbidden = segments.find((segment) => typeof segment === 'string' && FORBIDDEN_KEYS.has(segment));
  if (forbidden !== undefined) return invalid(path, `"${forbidden}" is not allowed as a key`);
  return { ok: true, segments };
}

/** A path as it appears in a definition; the refinement reports syntax errors with the reason. */
export const MappingPath = z.string().superRefine((path, ctx) => {
  const parsed = parseMappingPath(path);
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
});
export type MappingPath = z.infer<typeof MappingPath>;

/** Parses a path already validated by `MappingPath`. */
export function pathSegments(path: string): PathSegment[] {
  const parsed = parseMappingPath(path);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.segments;
}

/** Reads the value at a path; anything that is not there is `undefined` (never a prototype member). */
export function readPath(value: unknown, segments: readonly PathSegment[]): unknown {
  let current = value;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    if (typeof segment === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[segment];
    } else {
      if (!Object.hasOwn(current, segment)) return undefined;
      current = (current as Record<string, unknown>)[segment];
    }
  }
  return current;
}

/**
 * Writes a value at a path, creating objects and arrays on the way. Array gaps
 * are filled with `null` so the output stays plain JSON.
 */
export function writePath(target: Record<string, unknown>, segments: readonly PathSegment[], value: unknown): void {
  let current: Record<string, unknown> | unknown[] = target;
  const last = segments.length - 1;
  for (let i = 0; i <= last; i++) {
    const segment = segments[i] as PathSegment;
    if (i === last) {
      setMember(current, segment, value);
      return;
    }
    const wantsArray = typeof segments[i + 1] === 'number';
    let child = getMember(current, segment);
    if (wantsArray ? !Array.isArray(child) : child === null || typeof child !== 'object' || Array.isArray(child)) {
      child = wantsArray ? [] : {};
      setMember(current, segment, child);
    }
    current = child as Record<string, unknown> | unknown[];
  }
}

/** Formats segments back into the path syntax, e.g. `rules[2].transforms[0].to`. */
export function formatMappingPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'symbol') continue;
    else if (NAME.exec(segment)?.[0] === segment) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** The JSON pointer (RFC 6901) of a path, e.g. `/lines/0/qty`: how schema errors name places. */
export function jsonPointer(segments: readonly PathSegment[]): string {
  return segments.map((segment) => `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

function getMember(container: Record<string, unknown> | unknown[], segment: PathSegment): unknown {
  if (Array.isArray(container)) return typeof segment === 'number' ? container[segment] : undefined;
  return Object.hasOwn(container, segment) ? container[segment] : undefined;
}

function setMember(container: Record<string, unknown> | unknown[], segment: PathSegment, value: unknown): void {
  if (Array.isArray(container) && typeof segment === 'number') {
    while (container.length < segment) container.push(null);
    container[segment] = value;
  } else {
    (container as Record<string, unknown>)[segment] = value;
  }
}

function invalid(path: string, reason: string): { ok: false; message: string } {
  return { ok: false, message: `"${path}" is not a valid path: ${reason}` };
}
