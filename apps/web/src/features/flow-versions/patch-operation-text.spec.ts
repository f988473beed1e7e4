import { describe, expect, it } from 'vitest';
import { patchOperationText, readablePath } from './patch-operation-text';

describe('patch operations in words', () => {
  it('says what changed where', () => {
    expect(patchOperationText({ op: 'replace', path: '/steps/1/input/url', value: 'https://cmms' })).toBe(
      'Changed steps[1].input.url to "https://cmms"',
    );
    expect(patchOperationText({ op: 'add', path: '/steps/2', value: { id: 'notify', kind: 'respond' } })).toBe(
      'Added step notify at steps[2]',
    );
    expect(patchOperationText({ op: 'add', path: '/vars/plant', value: 'HAM' })).toBe('Added vars.plant: "HAM"');
    expect(patchOperationText({ op: 'remove', path: '/steps/0' })).toBe('Removed steps[0]');
    expect(patchOperationText({ op: 'move', from: '/steps/0', path: '/steps/2' })).toBe('Moved steps[0] to steps[2]');
  });

  it('cuts long values and reads escaped pointers', () => {
    const text = patchOperationText({ op: 'replace', path: '/output', value: 'x'.repeat(200) });
    expect(text.length).toBeLessThan(110);
    expect(text.endsWith('…')).toBe(true);
    expect(readablePath('/input/a~1b')).toBe('input.a/b');
    expect(readablePath('')).toBe('the whole flow');
  });
});
