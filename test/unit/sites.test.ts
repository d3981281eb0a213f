// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { answerSite, resolveSite, TOOL_PAGES } from '../e2e/sites';

describe('the saved tool pages', () => {
  it.each(TOOL_PAGES.map((p) => [p.label, p.url]))('%s is served from a saved page, not a 404', (_label, url) => {
    for (const lang of ['en', 'de'] as const) expect(resolveSite(url, lang)).toMatchObject({ status: 200 });
  });

  it('answers other hosts with an abort, and posts to the tools with an empty 204', () => {
    expect(answerSite('https://example.com/', 'GET', 'en')).toBe('abort');
    expect(answerSite('https://www.linkedin.com/li/track', 'POST', 'en')).toMatchObject({ status: 204, body: '' });
    expect(answerSite('https://www.linkedin.com/feed/', 'GET', 'en')).toMatchObject({ status: 200, headers: { 'x-tandem-fixture': 'linkedin/feed-en' } });
  });
});
