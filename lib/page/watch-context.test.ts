import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { linkedin } from '../contexts/linkedin';
import { watchContext } from './watch-context';

/** The records the extension's observer is handed, counted by wrapping MutationObserver. */
let delivered = 0;
const Original = globalThis.MutationObserver;
class CountingObserver extends Original {
  constructor(callback: MutationCallback) {
    super((records, observer) => {
      delivered += records.length;
      callback(records, observer);
    });
  }
}

/** A content script context that lives as long as the test. */
function fakeCtx(): { ctx: ContentScriptContext; stop: () => void } {
  const stops: (() => void)[] = [];
  const ctx = {
    isInvalid: false,
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    addEventListener: (target: EventTarget, type: string, fn: EventListener, options?: AddEventListenerOptions) => {
      target.addEventListener(type, fn, options);
      stops.push(() => target.removeEventListener(type, fn, options));
    },
    onInvalidated: (fn: () => void) => stops.push(fn),
  } as unknown as ContentScriptContext;
  return { ctx, stop: () => stops.splice(0).forEach((s) => s()) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 250));

describe('watching the page for context changes', () => {
  let sent: { contexts: string[] }[];
  let stop = () => {};
  beforeEach(() => {
    delivered = 0;
    sent = [];
    vi.stubGlobal('MutationObserver', CountingObserver);
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      const m = message as { type: string; data?: { detected: { contexts: string[] } | null } };
      if (m.type === 'contextDetected' && m.data?.detected) sent.push(m.data.detected);
      return undefined;
    });
  });
  afterEach(() => {
    stop();
    vi.unstubAllGlobals();
  });

  const start = (url: string, html: string, prepare = () => {}) => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
    document.body.innerHTML = html;
    prepare();
    const c = fakeCtx();
    stop = c.stop;
    watchContext(c.ctx, linkedin);
  };

  it('is never handed a feed’s churn, yet sees the composer open over it', async () => {
    start('https://www.linkedin.com/feed/', '<main><div id="feed"><div role="article"><button aria-label="3 reactions">3</button></div></div></main><div id="interop-outlet"></div>');
    // Detection is throttled: wait for the report, not for a fixed time.
    await vi.waitFor(() => expect(sent.at(-1)?.contexts).toEqual(['linkedin.feed']), { timeout: 3_000 });
    const feed = document.getElementById('feed')!;
    for (let i = 0; i < 20; i++) {
      const post = document.createElement('div');
      post.setAttribute('role', 'article');
      post.innerHTML = `<p>Post ${i}</p><button aria-label="${i} reactions">${i}</button>`;
      feed.append(post);
      feed.querySelector('button')!.setAttribute('aria-label', `${i + 4} reactions`);
      feed.firstElementChild!.remove();
    }
    await settle();
    expect(delivered).toBe(0);

    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.innerHTML = '<div role="textbox" aria-label="Text editor for creating content"></div>';
    document.body.append(dialog);
    await vi.waitFor(() => expect(sent.at(-1)?.contexts).toEqual(['linkedin.post.composer', 'linkedin.feed']), { timeout: 3_000 });
    dialog.remove();
    await vi.waitFor(() => expect(sent.at(-1)?.contexts).toEqual(['linkedin.feed']), { timeout: 3_000 });
  });

  it('sees the composer mounted later in the outlet’s open shadow root', async () => {
    let root!: ShadowRoot;
    start('https://www.linkedin.com/feed/', '<main></main><div id="interop-outlet"></div>', () => {
      root = document.getElementById('interop-outlet')!.attachShadow({ mode: 'open' });
      root.append(document.createElement('div'));
    });
    await settle();
    const modal = document.createElement('div');
    modal.setAttribute('data-test-modal-id', 'sharebox');
    modal.setAttribute('role', 'dialog');
    root.append(modal);
    await vi.waitFor(() => expect(sent.at(-1)?.contexts[0]).toBe('linkedin.post.composer'), { timeout: 3_000 });
  });

  it('watches the whole page where a rule for that page reads its content', async () => {
    start('https://www.linkedin.com/in/peter-miller/', '<main><section id="top-card"></section></main>');
    await vi.waitFor(() => expect(sent.at(-1)?.contexts[0]).toBe('linkedin.profile.other'), { timeout: 3_000 });
    document.getElementById('top-card')!.innerHTML = '<div><a aria-label="Edit intro" href="/in/peter-miller/edit/intro/">✎</a></div>';
    await vi.waitFor(() => expect(sent.at(-1)?.contexts[0]).toBe('linkedin.profile.own'), { timeout: 3_000 });
  });
});
