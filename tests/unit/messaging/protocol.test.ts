import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../src/messaging/protocol';

describe('messages entering the background', () => {
  it('accepts well-formed data', () => {
    expect(parseMessage('lookup', { termId: 'pd-l1' })).toEqual({ termId: 'pd-l1' });
    expect(parseMessage('saveNote', { termId: 'cytokine', text: 'hi' })).toEqual({ termId: 'cytokine', text: 'hi' });
    expect(parseMessage('getIndex', { hosts: ['a.example'] })).toEqual({ hosts: ['a.example'] });
  });

  it('rejects malformed data with a readable error', () => {
    expect(() => parseMessage('lookup', { termId: '<script>' })).toThrow(/Invalid lookup message/);
    expect(() => parseMessage('lookup', 'cytokine')).toThrow(/Invalid lookup/);
    expect(() => parseMessage('saveNote', { termId: 'x', text: 'a'.repeat(20_000) })).toThrow(/Invalid saveNote/);
    expect(() => parseMessage('saveNote', { termId: 'x' })).toThrow();
  });
});
