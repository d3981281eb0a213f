import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { render, settle } from '../../test/render';
import { OnDemand } from './OnDemand';

let cleanup: () => void = () => undefined;
afterEach(() => cleanup());

describe('a view loaded on demand', () => {
  it('shows the error and “Try again” when its code fails to load, and the view once a retry works', async () => {
    let attempts = 0;
    const load = () => (++attempts === 1 ? Promise.reject(new Error('chunk missing')) : Promise.resolve({ text: 'The notes view' }));
    const { container, unmount } = await render(<OnDemand load={load}>{(m) => <p>{m.text}</p>}</OnDemand>);
    cleanup = unmount;
    await settle();
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('could not be loaded: chunk missing');
    const retry = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Try again');
    expect(retry).toBeDefined();

    await act(async () => retry?.click());
    await settle();
    expect(attempts).toBe(2);
    expect(container.textContent).toBe('The notes view');
  });

  it('shows the fallback while loading, never a blank panel', async () => {
    const { container, unmount } = await render(
      <OnDemand load={() => new Promise<never>(() => undefined)} fallback={<p>Loading…</p>}>
        {() => <p>never</p>}
      </OnDemand>,
    );
    cleanup = unmount;
    expect(container.textContent).toBe('Loading…');
  });
});
