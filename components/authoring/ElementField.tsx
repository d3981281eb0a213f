import { useEffect, useId, useRef, useState } from 'react';
import { kindLabel, relabel } from '@/lib/authoring/locator-label';
import { startPicking, stopPicking } from '@/lib/authoring/picker-control';
import { onMessage } from '@/lib/messaging/protocol';
import { elementPickedSchema } from '@/lib/messaging/validate';
import { firstIssue, issueMessage } from '@/lib/i18n/issues';
import type { ElementLocator } from '@/lib/page/locator/types';
import { useFollowedTab } from '../shell/FollowedTab';
import { useI18n } from '../ui/I18nProvider';
import { ShowMeButton } from '../tips/ShowMeButton';
import { describeElement, roleNames } from './describe-element';
import { messageOf } from '@/lib/errors/message-of';

/** Stops the picker in a tab; a tab closed or navigated meanwhile has no picker left to stop, so a failure is fine. */
function stopQuietly(tabId: number): void {
  stopPicking(tabId).catch(() => undefined);
}

/**
 * The tip's page element: "pick the element on the page" injects the picker into the followed
 * tab; the picked element's locator (validated) goes into the draft.
 */
export function ElementField({ locator, title, hasRecorded = false, onChange }: { locator: ElementLocator | undefined; title: string; hasRecorded?: boolean; onChange: (next: ElementLocator | undefined) => void }) {
  const { t } = useI18n();
  const id = useId();
  const active = useFollowedTab();
  const [pickingTab, setPickingTab] = useState<number | null>(null);
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  useEffect(() => {
    if (pickingTab === null) return;
    // One listener per message type in this page: only the editor's element field listens.
    const offPicked = onMessage('elementPicked', ({ data, sender }) => {
      if (sender.tab?.id !== pickingTab) return;
      const parsed = elementPickedSchema.safeParse(data);
      stopQuietly(pickingTab);
      setPickingTab(null);
      if (!parsed.success) {
        setProblem(t('editor.pick.failed', { message: issueMessage(t, firstIssue(parsed.error)) }));
        return;
      }
      onChangeRef.current(parsed.data.locator);
      setMessage(t('editor.pick.done', { what: describeElement(t, parsed.data.locator) }));
    });
    const offCancelled = onMessage('pickCancelled', ({ sender }) => {
      if (sender.tab?.id !== pickingTab) return;
      stopQuietly(pickingTab);
      setPickingTab(null);
      setMessage(t('editor.pick.cancelled'));
    });
    return () => {
      offPicked();
      offCancelled();
    };
  }, [pickingTab, t]);

  // Leaving the editor while picking stops the picker on the page.
  useEffect(() => {
    if (pickingTab === null) return;
    return () => stopQuietly(pickingTab);
  }, [pickingTab]);

  const pick = async () => {
    setProblem('');
    const tabId = active?.tabId;
    if (tabId === undefined || tabId === null || !active?.detected) {
      setProblem(t('editor.pick.noTab'));
      return;
    }
    try {
      setPickingTab(tabId);
      setMessage(t('editor.pick.active'));
      await startPicking(tabId, { hint: t('page.pick.hint'), announce: t('page.pick.announce'), roles: roleNames(t) });
    } catch (error) {
      setPickingTab(null);
      setMessage('');
      setProblem(t('editor.pick.failed', { message: messageOf(error) }));
    }
  };

  const cancel = () => {
    if (pickingTab !== null) stopQuietly(pickingTab);
    setPickingTab(null);
    setMessage(t('editor.pick.cancelled'));
  };

  return (
    <fieldset className="element-card" data-testid="element-field">
      <legend>{t('field.locator')}</legend>
      <p className={locator ? 'picked' : 'hint'} data-testid="picked-element">
        {locator ? t('editor.element.picked', { what: describeElement(t, locator) }) : hasRecorded ? t('record.elementNone') : t('editor.element.none')}
      </p>
      <div className="actions">
        {pickingTab === null ? (
          <button type="button" className="secondary" onClick={() => void pick()}>
            {locator ? t('editor.pick.again') : t('editor.pick')}
          </button>
        ) : (
          <button type="button" className="secondary" onClick={cancel}>
            {t('editor.pick.cancel')}
          </button>
        )}
        {locator && pickingTab === null && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              onChange(undefined);
              setMessage(t('editor.element.removed'));
            }}
          >
            {t('editor.element.remove')}
          </button>
        )}
      </div>
      {locator && pickingTab === null && (
        <div className="field element-label">
          <label htmlFor={`${id}-label`}>{t('editor.element.label')}</label>
          <input id={`${id}-label`} type="text" maxLength={200} value={locator.label} onChange={(e) => onChange(relabel(locator, e.target.value))} aria-describedby={`${id}-label-hint`} data-testid="element-label" />
          <p id={`${id}-label-hint`} className="hint">
            {t('editor.element.labelHint')}
          </p>
          {locator.label !== kindLabel(locator) && (
            <button type="button" className="link-button" onClick={() => onChange(relabel(locator, kindLabel(locator)))}>
              {t('editor.element.kindOnly', { kind: kindLabel(locator) })}
            </button>
          )}
        </div>
      )}
      {locator && pickingTab === null && <ShowMeButton locator={locator} title={title || locator.label} label={t('editor.element.try')} />}
      <p className="status-message" role="status" aria-live="polite">
        {message}
      </p>
      {problem && (
        <p className="alert" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
