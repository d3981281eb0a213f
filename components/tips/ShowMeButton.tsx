import '../ui/forms.css';
import { useState } from 'react';
import type { ElementLocator } from '@/lib/page/locator/types';
import { SHOW_TIMEOUT_MS, showOnPage } from '@/lib/tips/show-me';
import { useFollowedTab } from '../shell/FollowedTab';
import { useI18n } from '../ui/I18nProvider';
import { messageOf } from '@/lib/errors/message-of';

type State = { kind: 'idle' } | { kind: 'looking' } | { kind: 'found'; rect: string } | { kind: 'failed'; message: string };

/**
 * "Show me": highlights the tip's element on the followed page. When it cannot be found, or what
 * is there no longer carries the recorded label, it says so plainly (the steps stay visible).
 */
export function ShowMeButton({ locator, title, label }: { locator: ElementLocator; title: string; label?: string }) {
  const { t } = useI18n();
  const active = useFollowedTab();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const what = locator.label;

  const show = async () => {
    const tabId = active?.tabId;
    if (tabId === undefined || tabId === null) {
      setState({ kind: 'failed', message: t('show.noTab') });
      return;
    }
    setState({ kind: 'looking' });
    try {
      const result = await showOnPage(tabId, {
        locator,
        title,
        closeHint: t('page.show.close'),
        announce: t('page.show.announce', { title }),
        timeoutMs: SHOW_TIMEOUT_MS,
      });
      if (result.status === 'found') {
        const { x, y, width, height } = result.rect;
        setState({ kind: 'found', rect: [x, y, width, height].map(Math.round).join(',') });
      } else if (result.status === 'mismatch') setState({ kind: 'failed', message: t('show.mismatch', { label: what }) });
      else if (result.status === 'error') setState({ kind: 'failed', message: t('show.failed', { message: '—' }) });
      else setState({ kind: 'failed', message: t('show.notFound', { label: what }) });
    } catch (error) {
      setState({ kind: 'failed', message: t('show.failed', { message: messageOf(error) }) });
    }
  };

  return (
    <div className="show-me">
      <button type="button" className="secondary" onClick={() => void show()} disabled={state.kind === 'looking'} data-testid="show-me">
        {label ?? t('show.button')}
      </button>
      {state.kind === 'failed' ? (
        <p className="alert" role="alert" data-testid="show-me-result" data-status="failed">
          {state.message}
        </p>
      ) : (
        <p className="status-message" role="status" aria-live="polite" data-testid="show-me-result" data-status={state.kind} data-rect={state.kind === 'found' ? state.rect : undefined}>
          {state.kind === 'looking' && t('show.looking', { label: what })}
          {state.kind === 'found' && t('show.found', { label: what })}
        </p>
      )}
    </div>
  );
}
