import { describe, expect, it } from 'vitest';
import { derivedId, ID_PREFIXES, isResourceId, newId } from './resource-id';

describe('newId', () => {
  it('prefixes each kind of resource with its own tag and a 26-character base32 suffix', () => {
    expect(newId('flow')).toMatch(/^flow_[0-9a-hjkmnp-tv-z]{26}$/);
    expect(newId('flowVersion')).toMatch(/^flv_[0-9a-hjkmnp-tv-z]{26}$/);
    expect(newId('run')).toMatch(/^run_[0-9a-hjkmnp-tv-z]{26}$/);
    expect(newId('connection')).toMatch(/^conn_[0-9a-hjkmnp-tv-z]{26}$/);
    expect(newId('trigger')).toMatch(/^trg_[0-9a-hjkmnp-tv-z]{26}$/);
  });

  it('makes ids that sort in creation order, even within one millisecond', () => {
    const ids = Array.from({ length: 1000 }, () => newId('run'));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('encodes the creation time so later ids sort after earlier ones', async () => {
    const first = newId('flow');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(newId('flow') > first).toBe(true);
  });
});

describe('isResourceId', () => {
  it('recognises ids of its own kind only', () => {
    const id = newId('flow');
    expect(isResourceId('flow', id)).toBe(true);
    expect(isResourceId('run', id)).toBe(false);
    expect(isResourceId('flow', 'erp-to-cmms')).toBe(false);
    expect(isResourceId('flow', `${id}x`)).toBe(false);
  });

  it('uses one distinct prefix per kind', () => {
    const prefixes = Object.values(ID_PREFIXES);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });
});

describe('derivedId', () => {
  it('gives the same well-formed id for the same seed and different ids for different seeds', () => {
    const id = derivedId('run', 'flow_1\u0000J-1001');
    expect(id).toBe(derivedId('run', 'flow_1\u0000J-1001'));
    expect(isResourceId('run', id)).toBe(true);
    expect(derivedId('run', 'flow_1\u0000J-1002')).not.toBe(id);
    expect(derivedId('mapping', 'x')).toMatch(/^map_[0-9a-hjkmnp-tv-z]{26}$/);
  });
});
