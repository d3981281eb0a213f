import { useEffect, useRef, type ReactNode } from 'react';
import { explainFailure } from '@/lib/files/messages';
import { useI18n } from '../ui/I18nProvider';
import { useAnnounce } from '../ui/useAnnounce';
import { DraftNote } from '../ui/DraftNote';

interface MeetingFormPageProps {
  className: string;
  headingId: string;
  testId: string;
  back: string;
  title: string;
  intro: string;
  saveLabel: string;
  /** The form's draft: its failure to be kept is shown, and it is forgotten once saved. */
  draft: { writeError: unknown; reset: () => Promise<void> };
  /** Saves the form; returns what to announce, or null when there was nothing to save. */
  save: () => Promise<string | null>;
  children: ReactNode;
}

/**
 * A meeting form on its own page (the tandem setup, the session log): back link, focused
 * heading, a saved draft, and on saving the draft goes and the meeting prep shows again.
 */
export function MeetingFormPage({ className, headingId, testId, back, title, intro, saveLabel, draft, save, children }: MeetingFormPageProps) {
  const { t } = useI18n();
  const [status, announce] = useAnnounce();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const submit = async () => {
    try {
      const saved = await save();
      if (saved === null) return;
      await draft.reset();
      announce(saved);
      location.hash = '#meeting';
    } catch (error) {
      announce(explainFailure(t, error, 'error.storage'));
    }
  };

  return (
    <form
      className={className}
      aria-labelledby={headingId}
      data-testid={testId}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <a href="#meeting" className="back">
        ← {back}
      </a>
      <h1 id={headingId} ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      <p className="muted">{intro}</p>
      {children}
      <DraftNote writeError={draft.writeError} explain />
      <button type="submit" className="primary">
        {saveLabel}
      </button>
      <p className="status-message" role="status" aria-live="polite">
        {status}
      </p>
    </form>
  );
}
