import { act, type ReactNode } from 'react';
import type { Root } from 'react-dom/client';
import { SettingsProvider } from '../shell/SettingsProvider';
import { I18nProvider } from './I18nProvider';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from '../../test/render';
import { SyncProgress } from '../sync/SyncProgress';
import type { SyncStatus } from '@/lib/sync/config';
import { ProgressBar } from './ProgressBar';

let cleanup: () => void = () => undefined;
afterEach(() => cleanup());

/** Renders again inside the same providers `render` puts around a node, so the component keeps its state. */
const rerender = (root: Root, node: ReactNode) =>
  act(async () =>
    root.render(
      <SettingsProvider>
        <I18nProvider>{node}</I18nProvider>
      </SettingsProvider>,
    ),
  );

const bar = (container: HTMLElement) => container.querySelector('[role="progressbar"]')!;
const live = (container: HTMLElement) => container.querySelector('[aria-live="polite"]')!.textContent;

describe('the progress bar', () => {
  it('carries the count for assistive technology, and its live region changes only with the phase', async () => {
    const onCancel = vi.fn();
    const { container, root, unmount } = await render(<ProgressBar progress={{ phase: 'check', done: 2_400, total: 5_000 }} noun="tips" onCancel={onCancel} />);
    cleanup = unmount;
    expect(bar(container).getAttribute('aria-valuenow')).toBe('2400');
    expect(bar(container).getAttribute('aria-valuemax')).toBe('5000');
    expect(bar(container).getAttribute('aria-valuetext')).toBe('Checking tips: 2,400 of 5,000');
    expect(bar(container).getAttribute('aria-label')).toBe('Import progress');
    expect(live(container)).toBe('Checking 5,000 tips…');

    await rerender(root, <ProgressBar progress={{ phase: 'check', done: 3_100, total: 5_000 }} noun="tips" onCancel={onCancel} />);
    expect(bar(container).getAttribute('aria-valuetext')).toBe('Checking tips: 3,100 of 5,000');
    expect(live(container)).toBe('Checking 5,000 tips…');
    const cancel = container.querySelector('button')!;
    expect(cancel.textContent).toBe('Cancel');
    await act(async () => cancel.click());
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('offers no Cancel and claims no count while saving', async () => {
    const { container, unmount } = await render(<ProgressBar progress={{ phase: 'write', done: 0, total: 0 }} noun="tips" onCancel={() => undefined} />);
    cleanup = unmount;
    expect(container.querySelector('button')).toBeNull();
    expect(bar(container).hasAttribute('aria-valuenow')).toBe(false);
    expect(bar(container).getAttribute('aria-valuetext')).toBe('Saving…');
    expect(live(container)).toBe('Saving…');
  });
});

describe('sync’s first send', () => {
  const status = (waiting: number, state: SyncStatus['state'] = 'syncing'): SyncStatus => ({ state, waiting });

  it('counts the changes that left the queue against the most that waited, and goes once synced', async () => {
    const { container, root, unmount } = await render(<SyncProgress status={status(5_000)} />);
    cleanup = unmount;
    expect(bar(container).getAttribute('aria-valuetext')).toBe('Sending changes to the server: 0 of 5,000');
    await rerender(root, <SyncProgress status={status(1_200)} />);
    expect(bar(container).getAttribute('aria-valuenow')).toBe('3800');
    expect(bar(container).getAttribute('aria-valuemax')).toBe('5000');
    expect(container.querySelector('button')).toBeNull();
    await rerender(root, <SyncProgress status={status(0, 'synced')} />);
    expect(container.querySelector('[role="progressbar"]')).toBeNull();
  });
});
