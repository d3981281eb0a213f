import { sourceLinkOf } from '@/lib/tips/source';
import type { Tip } from '@/lib/schemas/tip';
import { useI18n } from '../ui/I18nProvider';

/** "Learn more" on a tip: its source page in a new tab, and the day the lesson was checked against it. */
export function SourceLink({ tip }: { tip: Pick<Tip, 'source' | 'checkedAt'> }) {
  const { t, lang } = useI18n();
  const link = sourceLinkOf(tip, lang);
  if (!link) return null;
  return (
    <p className="tip-source" data-testid="tip-source">
      <a href={link.href} target="_blank" rel="noopener noreferrer" aria-label={t('source.learnMore.label', { host: link.host })}>
        {t('source.learnMore')} <span aria-hidden="true">↗</span>
      </a>
      <span className="tip-source-host"> · {link.host}</span>
      {link.checkedOn && <span className="tip-source-checked">{t('source.checkedAt', { date: link.checkedOn })}</span>}
    </p>
  );
}
