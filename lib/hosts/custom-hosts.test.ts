import { describe, expect, it } from 'vitest';
import { originOf, parseHostInput, parseHostList } from './custom-hosts';

describe('custom hosts', () => {
  it('accepts a hostname typed in many ways', () => {
    for (const input of ['tableau.example.org', ' Tableau.Example.org ', 'https://tableau.example.org/#/site/x/home', 'https://tableau.example.org/t/finance']) {
      expect(parseHostInput(input, [])).toEqual({ host: 'tableau.example.org' });
    }
    expect(originOf('tableau.example.org')).toBe('https://tableau.example.org/*');
  });

  it('refuses what it cannot safely ask permission for', () => {
    expect(parseHostInput('', [])).toEqual({ error: 'empty' });
    for (const input of ['http://tableau.example.org', '*.example.org', 'localhost', 'tableau', 'https://user:pw@t.example.org', 'https://t.example.org:8443', 'javascript:alert(1)', '<script>']) {
      expect(parseHostInput(input, []), input).toEqual({ error: 'invalid' });
    }
    expect(parseHostInput('www.linkedin.com', [])).toEqual({ error: 'builtin' });
    expect(parseHostInput('acme.online.tableau.com', [])).toEqual({ error: 'builtin' });
    expect(parseHostInput('tableau.example.org', [{ host: 'tableau.example.org', tool: 'tableau' }])).toEqual({ error: 'duplicate' });
  });

  it('keeps only valid, unique entries from stored or policy data', () => {
    expect(
      parseHostList([
        { host: 'tableau.example.org', tool: 'tableau' },
        { host: 'tableau.example.org', tool: 'tableau' },
        { host: 'oos.example.org', tool: 'excel' },
        { host: 'evil', tool: 'tableau' },
        { host: 'x.example.org', tool: 'facebook' },
        'garbage',
      ]),
    ).toEqual([
      { host: 'tableau.example.org', tool: 'tableau' },
      { host: 'oos.example.org', tool: 'excel' },
    ]);
    expect(parseHostList({ not: 'a list' })).toEqual([]);
  });
});
