import '../ui/forms.css';
import { useEffect, useRef, useState } from 'react';
import { onMessage } from '@/lib/messaging/protocol';
import { showStepChangedSchema } from '@/lib/messaging/validate';
import type { ShowRequest } from '@/lib/page/highlight';
import type { ElementLocator } from '@/lib/page/locator/types';
import { SHOW_TIMEOUT_MS, hideOnPage, showOnPage } from '@/lib/tips/show-me';
import { stepRuns } from '@/lib/tips/step-runs';
import { useFollowedTab } from '../shell/FollowedTab';
import { useI18n } from '../ui/I18nProvider';
import { messageOf } from '@/lib/errors/message-of';
import { StyleScope } from '../ui/StyleScope';
import { Markdown } from '../ui/Markdown';

type State =
  | { kind: 'idle' }
  | { kind: 'looking'; step: number }
  | { kind: 'found'; step: number; rect: string; tabId: number }
  | { kind: 'failed'; message: string; step?: number };

interface Props {
  locator: ElementLocator;
  title: string;
  /** The tip's steps (Markdown). The callout shows the current one; with several, Next walks through them. */
  steps?: readonly string[];
  /** Per step, the element it is about (recorded steps); a step without one points at `locator`. */
  stepLocators?: readonly (ElementLocator | undefined)[];
  /** Per step, its recorded picture: shown with the step's text when its element cannot be found. */
  stepPictures?: readonly (string | undefined)[];
  label?: string;
  /** Which step the page shows now (null: none), so the list of steps can mark it. */
  onStep?: (step: number | null) => void;
  /** Whether a walk through several steps is under way (from the first Show me until Done or close). */
  onWalking?: (walking: boolean) => void;
}

/** Ends a sentence for a screen reader, unless it already ends like one. */
const sentence = (text: string) => (/[.!?:…]$/.test(text) ? text : `${text}.`);

/**
 * "Show me": highlights the tip's element on the followed page with the step's text beside it.
 * With several steps, "Next" — here or in the callout on the page — moves through them, and
 * both stay on the same step. When the element cannot be found, or what is there no longer
 * carries the recorded label, it says so plainly (the steps stay visible).
 */
export function ShowMeButton({ locator, title, steps = [], stepLocators = [], stepPictures = [], label, onStep, onWalking }: Props) {
  const { t } = useI18n();
  const active = useFollowedTab();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const labelAt = (step: number) => (stepLocators[step] ?? locator).label;
  const walking = steps.length > 1;
  const onStepRef = useRef(onStep);
  useEffect(() => {
    onStepRef.current = onStep;
  });
  const shownStep = state.kind === 'found' ? state.step : null;
  useEffect(() => onStepRef.current?.(shownStep), [shownStep]);
  const onWalkingRef = useRef(onWalking);
  useEffect(() => {
    onWalkingRef.current = onWalking;
  });
  // A failed step keeps the walk (its message stays in view); Done, a close on the page or leaving ends it.
  const inWalk = walking && state.kind !== 'idle';
  useEffect(() => onWalkingRef.current?.(inWalk), [inWalk]);
  useEffect(() => () => onWalkingRef.current?.(false), []);

  const request = (step: number): ShowRequest => {
    const plain = steps.map((s) => stepRuns(s).map((r) => r.text).join(''));
    return {
      locator,
      title,
      step,
      steps: steps.map((_, i) => ({
        text: stepRuns(steps[i]!),
        ...(stepLocators[i] ? { locator: stepLocators[i] } : {}),
        counter: walking ? t('show.stepOf', { n: i + 1, total: steps.length }) : '',
        announce: walking
          ? t('page.show.announceStep', { title, n: i + 1, total: steps.length, step: sentence(plain[i]!) })
          : t('page.show.announceOne', { title, step: sentence(plain[i]!) }),
      })),
      announce: t('page.show.announce', { title }),
      labels: { close: t('page.show.close'), next: t('page.show.next'), done: t('page.show.done'), walk: t('page.show.walkHint') },
      timeoutMs: SHOW_TIMEOUT_MS,
    };
  };

  const show = async (step = 0) => {
    const tabId = active?.tabId;
    if (tabId === undefined || tabId === null) {
      setState({ kind: 'failed', message: t('show.noTab') });
      return;
    }
    setState({ kind: 'looking', step });
    try {
      const result = await showOnPage(tabId, request(step));
      if (result.status === 'found') {
        const { x, y, width, height } = result.rect;
        setState({ kind: 'found', step, tabId, rect: [x, y, width, height].map(Math.round).join(',') });
      } else if (result.status === 'mismatch') setState({ kind: 'failed', step, message: t('show.mismatch', { label: labelAt(step) }) });
      else if (result.status === 'error') setState({ kind: 'failed', step, message: t('show.failed', { message: '—' }) });
      else setState({ kind: 'failed', step, message: t('show.notFound', { label: labelAt(step) }) });
    } catch (error) {
      setState({ kind: 'failed', message: t('show.failed', { message: messageOf(error) }) });
    }
  };
  const showRef = useRef(show);
  useEffect(() => {
    showRef.current = show;
  });

  // The person moves on (or closes) in the callout on the page: the panel follows.
  const followTab = state.kind === 'found' && walking ? state.tabId : null;
  useEffect(() => {
    if (followTab === null) return;
    return onMessage('showStepChanged', ({ data, sender }) => {
      if (sender.tab?.id !== followTab) return;
      const change = showStepChangedSchema.safeParse(data);
      if (!change.success || change.data.step >= steps.length) return;
      const { step, state: where } = change.data;
      if (where === 'shown') setState((s) => (s.kind === 'found' ? { ...s, step } : s));
      else if (where === 'elsewhere') void showRef.current(step);
      else setState({ kind: 'idle' });
    });
  }, [followTab, steps.length]);

  const done = () => {
    // The tab closed or moved on: nothing is left to hide there.
    if (state.kind === 'found') void hideOnPage(state.tabId).catch(() => undefined);
    setState({ kind: 'idle' });
  };

  return (
    <StyleScope name="forms">
      <div className="show-me">
        <button type="button" className="secondary" onClick={() => void show(0)} disabled={state.kind === 'looking'} data-testid="show-me">
          {label ?? t('show.button')}
        </button>
        {state.kind === 'failed' ? (
          <>
            <p className="alert" role="alert" data-testid="show-me-result" data-status="failed">
              {state.message}
            </p>
            {state.step !== undefined && stepPictures[state.step] && (
              <figure className="step-picture" data-testid="show-me-picture">
                <figcaption>
                  {t('show.pictureCaption', { n: state.step + 1, total: steps.length || 1 })} <Markdown text={steps[state.step] ?? ''} inline />
                </figcaption>
                <img src={stepPictures[state.step]} alt={t('show.pictureAlt', { n: state.step + 1, label: labelAt(state.step) })} />
              </figure>
            )}
          </>
        ) : (
          <p
            className="status-message"
            role="status"
            aria-live="polite"
            data-testid="show-me-result"
            data-status={state.kind}
            data-step={state.kind === 'found' ? state.step + 1 : undefined}
            data-rect={state.kind === 'found' ? state.rect : undefined}
          >
            {state.kind === 'looking' && t('show.looking', { label: labelAt(state.step) })}
            {state.kind === 'found' && (walking ? t('show.foundStep', { n: state.step + 1, total: steps.length, label: labelAt(state.step) }) : t('show.found', { label: labelAt(state.step) }))}
          </p>
        )}
        {state.kind === 'found' && walking && (
          <div className="actions" role="group" aria-label={t('show.walk')}>
            {state.step < steps.length - 1 && (
              <button type="button" className="primary" onClick={() => void show(state.step + 1)} data-testid="show-me-next">
                {t('show.next')}
              </button>
            )}
            <button type="button" className="secondary" onClick={done}>
              {t('show.done')}
            </button>
          </div>
        )}
      </div>
    </StyleScope>
  );
}
