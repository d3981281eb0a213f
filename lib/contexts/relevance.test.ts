import { describe, expect, it } from 'vitest';
import { excel } from './excel';
import { linkedin } from './linkedin';
import { createRelevanceFilter, domContexts, loosenSelector, watchedSelector, watchesWholePage } from './relevance';

/** Collects the records a DOM change produces. */
async function recordsOf(root: Element, change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-selected', 'aria-label', 'role'] });
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  records.push(...observer.takeRecords());
  observer.disconnect();
  expect(records.length).toBeGreaterThan(0);
  return records;
}

const at = (url: string) => {
  const u = new URL(url);
  return { hostname: u.hostname, pathname: u.pathname, search: u.search, hash: u.hash };
};
const feedUrl = at('https://www.linkedin.com/feed/');
const workbookUrl = at('https://excel.officeapps.live.com/x/_layouts/xlviewerinternal.aspx?ui=de-DE');

describe('what is observed', () => {
  it('watches the whole page only where a rule for that page reads it', () => {
    expect(watchesWholePage(linkedin, feedUrl)).toBe(false);
    expect(watchesWholePage(linkedin, at('https://www.linkedin.com/jobs/'))).toBe(false);
    expect(watchesWholePage(linkedin, at('https://www.linkedin.com/in/peter-miller-senior/'))).toBe(true);
    expect(watchesWholePage(excel, at('https://contoso.sharepoint.com/sites/x/Shared%20Documents/Forms/AllItems.aspx'))).toBe(false);
  });
});

describe('relevance filter', () => {
  it('ignores a feed appending posts but not a composer dialog opening', async () => {
    document.body.innerHTML = '<main><div id="feed"></div></main>';
    const relevant = createRelevanceFilter(linkedin);
    const feed = document.getElementById('feed')!;
    const post = await recordsOf(document.body, () => {
      const article = document.createElement('div');
      article.setAttribute('role', 'article');
      article.innerHTML = '<p>Hello</p><button aria-label="React Like">Like</button>';
      feed.append(article);
    });
    expect(relevant(post, feedUrl, false)).toBe(false);

    const dialog = await recordsOf(document.body, () => {
      const d = document.createElement('div');
      d.setAttribute('role', 'dialog');
      d.innerHTML = '<div role="textbox" aria-label="Text editor for creating content"></div>';
      document.body.append(d);
    });
    expect(relevant(dialog, feedUrl, false)).toBe(true);
    // On a profile page, buttons with labels can be the owner's edit controls: those count.
    expect(relevant(post, at('https://www.linkedin.com/in/peter-miller-senior/'), false)).toBe(true);
  });

  it('treats removals as relevant while a DOM context is active, and attribute changes always', async () => {
    document.body.innerHTML = '<div id="feed"><div role="article">a</div></div>';
    const relevant = createRelevanceFilter(linkedin);
    const removal = await recordsOf(document.body, () => document.querySelector('[role="article"]')!.remove());
    expect(relevant(removal, feedUrl, false)).toBe(false);
    expect(relevant(removal, feedUrl, true)).toBe(true);

    document.body.innerHTML = '<div role="tablist"><div role="tab" aria-selected="true">Start</div></div>';
    const tab = document.querySelector('[role="tab"]')!;
    expect(createRelevanceFilter(excel)(await recordsOf(document.body, () => tab.setAttribute('aria-selected', 'false')), workbookUrl, false)).toBe(true);
  });

  it('knows which contexts come from the DOM and which selectors to watch', () => {
    expect(domContexts(linkedin).has('linkedin.post.composer')).toBe(true);
    expect(domContexts(linkedin).has('linkedin.jobs')).toBe(false);
    expect(watchedSelector(excel, workbookUrl)).toContain('[role="tab"][aria-selected="true"]');
    expect(watchedSelector(linkedin, at('https://www.linkedin.com/jobs/'))).not.toContain('button[aria-label]');
  });
});

describe('relevance of attribute changes', () => {
  it('ignores aria-label churn on feed buttons, not a change on an element a rule reads', async () => {
    document.body.innerHTML =
      '<div id="feed"><div role="article"><button aria-label="12 reactions">12</button></div></div><div role="dialog" aria-label="Create a post"><div role="textbox" aria-label="x"></div></div>';
    const relevant = createRelevanceFilter(linkedin);
    const count = document.querySelector('#feed button')!;
    expect(relevant(await recordsOf(document.body, () => count.setAttribute('aria-label', '13 reactions')), feedUrl, false)).toBe(false);
    const textbox = document.querySelector('[role="dialog"] [role="textbox"]')!;
    expect(relevant(await recordsOf(document.body, () => textbox.setAttribute('aria-label', 'Text editor for creating content')), feedUrl, false)).toBe(true);
    // On the ancestor: the rule's element lies inside it.
    const dialog = document.querySelector('[role="dialog"]')!;
    expect(relevant(await recordsOf(document.body, () => dialog.setAttribute('role', 'region')), feedUrl, false)).toBe(true);
  });

  it('drops only the changed attribute from a selector, and refuses to loosen inside :not()', () => {
    expect(loosenSelector('[role="tab"][aria-selected="true"]', 'aria-selected')).toBe('[role="tab"]:not([data-tandem-never])');
    expect(loosenSelector('dialog[open] input, [aria-label*="Edit" i]', 'aria-label')).toBe('dialog[open] input, :not([data-tandem-never])');
    expect(loosenSelector('dialog[open]', 'open')).toBe('dialog:not([data-tandem-never])');
    expect(loosenSelector('[role="dialog"]:not([aria-hidden="true"])', 'aria-hidden')).toBeNull();
  });
});
