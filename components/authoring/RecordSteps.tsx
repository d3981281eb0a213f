import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { startRecording, stopRecording } from '@/lib/authoring/recorder-control';
import { draftStepText } from '@/lib/authoring/step-text';
import { onMessage } from '@/lib/messaging/protocol';
import { stepRecordedSchema } from '@/lib/messaging/validate';
import type { Lang } from '@/lib/schemas/common';
import { STEPS_MAX, type StepTarget } from '@/lib/schemas/tip';
import { useFollowedTab } from '../shell/FollowedTab';
import { useI18n, useTranslateIn } from '../ui/I18nProvider';

interface Props {
  /** The tip's language: draft texts are written in it. */
  lang: Lang;
  /** Does the tip have a recorded step already ("Record more steps")? */
  hasRecorded: boolean;
  /** Adds one recorded step; false when the tip is full. */
  onStep: (text: string, target: StepTarget) => boolean;
}

type Recording = { tabId: number; count: number; page: string };

/**
 * "Record steps": the mentor does the task once in the followed tab and each click, choice or
 * typed-in field becomes a step with its element, its page context and a draft text. The panel
 * shows that it is recording; Stop here or Esc on the page ends it.
 */
export function RecordSteps({ lang, hasRecorded, onStep }: Props) {
  const { t } = useI18n();
  const active = useFollowedTab();
  const [recording, setRecording] = useState<Recording | null>(null);
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  // Draft texts are in the tip's language, which need not be the UI's.
  const tipT = useTranslateIn(lang) ?? t;
  const latest = useRef({ active, tipT, onStep, recording });
  useEffect(() => {
    latest.current = { active, tipT, onStep, recording };
  });
  const tabId = recording?.tabId ?? null;

  const texts = () => ({ title: t('page.record.title'), hint: t('page.record.hint'), announce: t('page.record.announce') });
  const textsRef = useRef(texts);
  useEffect(() => {
    textsRef.current = texts;
  });

  const end = (text: string) => {
    const current = latest.current.recording;
    if (current) void stopRecording(current.tabId).catch(() => undefined);
    setRecording(null);
    setMessage(text);
  };
  const endRef = useRef(end);
  useEffect(() => {
    endRef.current = end;
  });

  useEffect(() => {
    if (tabId === null) return;
    // One listener per message type in this page: only the recorder control listens.
    const offStep = onMessage('stepRecorded', ({ data, sender }) => {
      if (sender.tab?.id !== tabId) return;
      const parsed = stepRecordedSchema.safeParse(data);
      if (!parsed.success) return setProblem(t('record.rejected'));
      const { active: where, tipT: inTipLang, onStep: add, recording: now } = latest.current;
      const context = where?.tabId === tabId ? where.detected?.contexts[0] : undefined;
      const target: StepTarget = context ? { locator: parsed.data.locator, context } : { locator: parsed.data.locator };
      if (!add(draftStepText(parsed.data, inTipLang), target)) {
        setProblem(t('record.full', { max: STEPS_MAX }));
        endRef.current(t('record.ended', { count: now?.count ?? 0 }));
        return;
      }
      setRecording((r) => (r ? { ...r, count: r.count + 1 } : r));
    });
    const offEnded = onMessage('recordingEnded', ({ sender }) => {
      if (sender.tab?.id === tabId) endRef.current(t('record.ended', { count: latest.current.recording?.count ?? 0 }));
    });
    // A page load in the tab (a link that is not client-side) starts the recorder again there.
    const onUpdated = (id: number, info: { status?: string }) => {
      if (id === tabId && info.status === 'complete') void startRecording(tabId, textsRef.current()).catch(() => undefined);
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      offStep();
      offEnded();
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId, t]);

  // Leaving the editor, or closing the panel, while recording stops the recorder on the page.
  useEffect(() => {
    if (tabId === null) return;
    const onHide = () => void stopRecording(tabId).catch(() => undefined);
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      onHide();
    };
  }, [tabId]);

  const start = async () => {
    setProblem('');
    const id = active?.tabId;
    if (id === undefined || id === null || !active?.detected) {
      setProblem(t('record.noTab'));
      return;
    }
    try {
      setRecording({ tabId: id, count: 0, page: active.title || t('record.thisPage') });
      setMessage('');
      await startRecording(id, texts());
    } catch (error) {
      setRecording(null);
      setProblem(t('record.failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <div className="record-steps" data-testid="record-steps">
      {recording ? (
        <div className="recording" data-testid="recording-indicator">
          <p className="recording-status" role="status" aria-live="polite">
            <span className="rec-dot" aria-hidden="true" />
            {t('record.active', { page: recording.page, count: recording.count })}
          </p>
          <button type="button" className="primary" onClick={() => end(t('record.ended', { count: recording.count }))}>
            {t('record.stop')}
          </button>
        </div>
      ) : (
        <>
          <button type="button" className="secondary" onClick={() => void start()}>
            {hasRecorded ? t('record.more') : t('record.start')}
          </button>
          <p className="hint">{t('record.hint')}</p>
        </>
      )}
      <p className="status-message" role="status" aria-live="polite" data-testid="record-status">
        {recording ? '' : message}
      </p>
      {problem && (
        <p className="alert" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
