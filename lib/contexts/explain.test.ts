import { describe, expect, it } from 'vitest';
import { explainContext } from './explain';
import { linkedin } from './linkedin';
import { redactUrl } from './redact';
import { buildDiagnostics } from '../rules/why';

describe('redacted URLs for diagnostics files', () => {
  it('keeps the words the rules use and drops names, ids and query values', () => {
    expect(redactUrl('https://www.linkedin.com/in/peter-miller-senior/opportunities/job-opportunities/edit/?origin=PROFILE_TOP_CARD&trk=x')).toBe(
      'https://www.linkedin.com/in/…/opportunities/job-opportunities/edit/?origin=…&trk=…',
    );
    expect(redactUrl('https://10az.online.tableau.com/#/site/gitlab/views/DRAFTCustomer360/Customer360LandingPage?:iid=1')).toBe(
      'https://10az.online.tableau.com/#/site/…/views/…/…?:iid=…',
    );
    expect(redactUrl('https://contoso-my.sharepoint.com/personal/peter_contoso_com/_layouts/15/Doc.aspx?sourcedoc=%7B8D%7D&file=Reisekosten.xlsx')).toBe(
      'https://contoso-my.sharepoint.com/personal/…/_layouts/15/Doc.aspx?sourcedoc=…&file=…',
    );
  });
});

describe('why this page', () => {
  it('says which conditions held, and the diagnostics hold no page text or names', () => {
    const doc = new DOMParser().parseFromString(
      '<main><p>Secret salary 95,000</p></main><dialog open data-testid="dialog"><div data-sdui-screen="com.linkedin.sdui.flagshipnav.sharing.ShareCompose"><div role="button">Peter Miller Post to Anyone</div><div contenteditable="true" role="textbox" componentkey="ShareBox_textEditor">My draft text</div></div></dialog>',
      'text/html',
    );
    const loc = { hostname: 'www.linkedin.com', pathname: '/feed/', search: '', hash: '' };
    const frame = explainContext(linkedin, loc, doc, 'https://www.linkedin.com/feed/', true);
    expect(frame.detected).toEqual(['linkedin.post.composer', 'linkedin.feed']);
    const composer = frame.contexts.find((c) => c.id === 'linkedin.post.composer')!;
    expect(composer.active).toBe(true);
    expect(composer.conditions[0]!.parts).toContainEqual({ kind: 'any', held: true, selector: expect.stringContaining('ShareBox_textEditor'), named: false });
    expect(composer.conditions[1]!).toMatchObject({ held: false, parts: [{ kind: 'host', held: true }, { kind: 'path', held: false }] });
    const file = JSON.stringify(buildDiagnostics([frame], { linkedin: { version: 2, source: 'builtin' }, excel: { version: 2, source: 'builtin' }, tableau: { version: 2, source: 'builtin' } }, null, { extensionVersion: '0.1.0', browser: 'chromium', now: 0 }));
    for (const secret of ['Secret', '95,000', 'Peter', 'My draft']) expect(file).not.toContain(secret);
    expect(file).toContain('ShareBox_textEditor');
  });
});
