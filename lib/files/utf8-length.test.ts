import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8Length } from './envelope';

describe('a pack file’s size in UTF-8 bytes', () => {
  it('counts what TextEncoder would write, for any string (lone surrogates included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => utf8Length(text) === new TextEncoder().encode(text).length));
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0xd7f0, max: 0xe010 }).map((c) => String.fromCharCode(c)) }), (text) => utf8Length(text) === new TextEncoder().encode(text).length));
  });

  it('counts one to four bytes per character', () => {
    expect(utf8Length('a')).toBe(1);
    expect(utf8Length('ü')).toBe(2);
    expect(utf8Length('€')).toBe(3);
    expect(utf8Length('😀')).toBe(4);
    expect(utf8Length('\ud83d')).toBe(3);
  });
});
