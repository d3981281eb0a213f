import { describe, expect, it } from 'vitest';
import { registrationsFor } from './register';

describe('registrationsFor', () => {
  it('registers each tool’s script only on hosts whose permission was granted', () => {
    const hosts = [
      { host: 'tableau.example.org', tool: 'tableau' as const },
      { host: 'bi.example.com', tool: 'tableau' as const },
      { host: 'oos.example.org', tool: 'excel' as const },
    ];
    expect(registrationsFor(hosts, ['https://tableau.example.org/*', 'https://oos.example.org/*'])).toEqual([
      { id: 'custom-tableau', matches: ['https://tableau.example.org/*'], js: ['content-scripts/tableau.js'], allFrames: true, runAt: 'document_idle', persistAcrossSessions: true },
      { id: 'custom-excel', matches: ['https://oos.example.org/*'], js: ['content-scripts/excel.js'], allFrames: true, runAt: 'document_idle', persistAcrossSessions: true },
    ]);
    expect(registrationsFor(hosts, [])).toEqual([]);
  });
});

describe('registrationsFor taught tools', () => {
  it('registers the taught tools’ script in the top frame of allowed sites the browser granted, and nowhere else', () => {
    expect(registrationsFor([], ['https://expenses.example.com/*'], ['expenses.example.com', 'payroll.example.com'])).toEqual([
      { id: 'custom-taught', matches: ['https://expenses.example.com/*'], js: ['content-scripts/taught.js'], allFrames: false, runAt: 'document_idle', persistAcrossSessions: true },
    ]);
    expect(registrationsFor([], [], ['expenses.example.com'])).toEqual([]);
  });
});
