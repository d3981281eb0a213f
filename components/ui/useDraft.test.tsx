import { act, useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db/db';
import { render, settle } from '../../test/render';
import { DraftNote } from './DraftNote';
import { useDraft } from './useDraft';

let type: (text: string) => void = () => undefined;

function Form() {
  const draft = useDraft('test-form', { text: '' });
  useEffect(() => {
    type = (text) => draft.update({ text });
  });
  return <DraftNote writeError={draft.writeError} explain />;
}

let cleanup: () => void = () => undefined;
afterEach(async () => {
  cleanup();
  await getDb().drafts.clear();
});

describe('a form kept as a draft while it is typed', () => {
  it('tries a failed write again, and keeps the text when the database answers', async () => {
    const put = vi.spyOn(getDb().drafts, 'put');
    put.mockRejectedValueOnce(new Error('busy'));
    const { container, unmount } = await render(<Form />);
    cleanup = unmount;
    await act(async () => type('Ask about pivot tables'));
    await settle(400);
    expect(put).toHaveBeenCalledTimes(2);
    expect((await getDb().drafts.get('form:test-form'))?.value).toEqual({ text: 'Ask about pivot tables' });
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });

  it('says so when the text could not be kept at all, and stops saying it once a write works', async () => {
    const put = vi.spyOn(getDb().drafts, 'put').mockRejectedValue(new Error('QuotaExceededError'));
    const { container, unmount } = await render(<Form />);
    cleanup = unmount;
    expect(container.textContent).toContain('kept as a draft, even if you close the panel');
    await act(async () => type('Ask about pivot tables'));
    await settle(1_500);
    expect(put).toHaveBeenCalledTimes(3);
    expect(container.querySelector('[role="alert"]')?.textContent).toMatch(/could not be kept as a draft \(QuotaExceededError\).*Save it before you close the panel/);

    put.mockRestore();
    await act(async () => type('Ask about pivot tables!'));
    await settle(50);
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });
});
