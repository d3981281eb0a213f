import { browser } from 'wxt/browser';
import { briefMarkdown } from '@/lib/meeting/brief';
import type { MeetingPrep } from '@/lib/meeting/prep';
import { useSettings } from '../shell/SettingsProvider';
import { useI18n } from '../ui/I18nProvider';
import { useAnnounce } from '../ui/useAnnounce';
import { messageOf } from '@/lib/errors/message-of';

/** "Copy brief as Markdown" and the print view. */
export function BriefActions({ prep }: { prep: MeetingPrep }) {
  const { t, lang } = useI18n();
  const { settings } = useSettings();
  const [status, announce] = useAnnounce();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(briefMarkdown(prep, t, lang, settings));
      announce(t('brief.copied'));
    } catch (error) {
      announce(t('brief.copyFailed', { message: messageOf(error) }));
    }
  };
  return (
    <section className="brief-actions" aria-label={t('brief.title')}>
      <div className="row">
        <button type="button" className="primary" onClick={() => void copy()}>
          {t('brief.copy')}
        </button>
        <button type="button" className="secondary" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/brief.html') })}>
          {t('brief.print')}
        </button>
      </div>
      <p className="status-message" role="status" aria-live="polite" data-testid="brief-status">
        {status}
      </p>
    </section>
  );
}
