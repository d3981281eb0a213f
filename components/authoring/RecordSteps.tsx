import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { startRecording, stopRecording } from '@/lib/authoring/recorder-control';
import { captureTab, pictureStep } from '@/lib/authoring/step-picture';
import { clearRecordRequest, watchRecordRequests, type RecordRequest } from '@/lib/authoring/record-request';
import { draftStepText } from '@/lib/authoring/step-text';
import { onMessage } from '@/lib/messaging/protocol';
import { stepRecordedSchema } from '@/lib/messaging/validate';
import type { StepBox } from '@/lib/page/recorder';
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

/** The step's picture, when the browser lets the panel see the tab; else why not. */
async function pictureOf(tabId: number, box: StepBox | undefined, hideElement: boolean): Promise<{ picture?: Awaited<ReturnType<typeof pictureStep>>; problem?: 'not-allowed' | 'failed' }> {
  if (!box) return {};
  const shot = await captureTab(tabId);
  if (!shot.ok) return { problem: shot.problem };
  try {
    const picture = await pictureStep(shot.shot, box, { hideElement });
    return picture ? { picture } : {};
  } catch {
    return { problem: 'failed' };
  }
}

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
  const [pictureNote, setPictureNote] = useState('');
  // Steps are added in the order they were done, each once its picture is made (or not).
  const queue = useRef<Promise<void>>(Promise.resolve());
  // Once the browser has said no, this recording does not ask again.
  const noPictures = useRef(false);
  const count = useRef(0);
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

  // Ends once the steps already on their way are in, so the count it reports is the real one.
  const end = () => {
    const current = latest.current.recording;
    if (current) void stopRecording(current.tabId).catch(() => undefined);
    setRecording(null);
    void queue.current.then(() => setMessage(t('record.ended', { count: count.current })));
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
      const step = parsed.data;
      queue.current = queue.current.then(async () => {
        const shot = noPictures.current ? {} : await pictureOf(tabId, step.box, step.action === 'type');
        if (shot.problem === 'not-allowed') {
          noPictures.current = true;
          setPictureNote(t('picture.unavailable'));
        } else if (shot.problem) setPictureNote(t('picture.failed'));
        const { active: where, tipT: inTipLang, onStep: add } = latest.current;
        const context = where?.tabId === tabId ? where.detected?.contexts[0] : undefined;
        const target: StepTarget = { locator: step.locator, ...(context ? { context } : {}), ...(shot.picture ?? {}) };
        if (!add(draftStepText(step, inTipLang), target)) {
          setProblem(t('record.full', { max: STEPS_MAX }));
          endRef.current();
          return;
        }
        count.current += 1;
        setRecording((r) => (r ? { ...r, count: count.current } : r));
      });
    });
    const offEnded = onMessage('recordingEnded', ({ sender }) => {
      if (sender.tab?.id === tabId) endRef.current();
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

  // Asked on the page (shortcut or context menu): start there once the panel follows that tab.
  const [asked, setAsked] = useState<RecordRequest | null>(null);
  useEffect(() => watchRecordRequests(setAsked), []);
  const startRef = useRef<() => Promise<void>>(async () => undefined);
  const taken = useRef<number | null>(null);
  useEffect(() => {
    if (!asked || taken.current === asked.at || recording || active?.tabId !== asked.tabId || !active.detected) return;
    taken.current = asked.at;
    void clearRecordRequest().catch(() => undefined);
    void startRef.current();
  }, [asked, recording, active]);

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
      setPictureNote('');
      noPictures.current = false;
      count.current = 0;
      await startRecording(id, texts());
    } catch (error) {
      setRecording(null);
      setProblem(t('record.failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  useEffect(() => {
    startRef.current = start;
  });

  return (
    <div className="record-steps" data-testid="record-steps">
      {recording ? (
        <div className="recording" data-testid="recording-indicator">
          <p className="recording-status" role="status" aria-live="polite">
            <span className="rec-dot" aria-hidden="true" />
            {t('record.active', { page: recording.page, count: recording.count })}
          </p>
          <button type="button" className="primary" onClick={end}>
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
      {pictureNote && (
        <p className="hint" data-testid="picture-note">
          {pictureNote}
        </p>
      )}
      {problem && (
        <p className="alert" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
