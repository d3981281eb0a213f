import { describe, expect, it } from 'vitest';
import { fileSlug } from './file-slug';

describe('fileSlug', () => {
  it('keeps the letters of accented names', () => {
    expect(fileSlug('Peter Müller', 'x')).toBe('peter-muller');
    expect(fileSlug('Jürgen Groß', 'x')).toBe('jurgen-gross');
    expect(fileSlug('Zoë Ångström', 'x')).toBe('zoe-angstrom');
  });

  it('turns everything else into single dashes', () => {
    expect(fileSlug('Mia’s tips', 'x')).toBe('mia-s-tips');
    expect(fileSlug('  --Tandem / Tips!! ', 'x')).toBe('tandem-tips');
  });

  it('falls back when nothing is left', () => {
    expect(fileSlug('', 'export')).toBe('export');
    expect(fileSlug('李雷', 'tips')).toBe('tips');
  });
});
