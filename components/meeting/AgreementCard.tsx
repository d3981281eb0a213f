import { formatDateTime } from '@/lib/i18n/dates';
import type { Agreement } from '@/lib/schemas/tandem';
import { useI18n } from '../ui/I18nProvider';
import { Markdown } from '../ui/Markdown';

const rules = ['voluntary', 'confidential', 'noReportingLine'] as const;

/** The pair's agreement, shown at the top of meeting prep. */
export function AgreementCard({ agreement }: { agreement: Agreement }) {
  const { t, lang } = useI18n();
  const missing = rules.filter((r) => !agreement.rules[r]);
  return (
    <section className="card agreement" aria-labelledby="agreement-heading" data-testid="agreement">
      <div className="card-head">
        <h2 id="agreement-heading">{t('agreement.heading')}</h2>
        <a href="#meeting/setup">{t('agreement.edit')}</a>
      </div>
      <p className="facts">
        {t(`agreement.format.${agreement.format}`)} · {t('agreement.minutesValue', { count: agreement.minutes })} · {t('agreement.cadence')}{' '}
        {t('agreement.cadenceDays', { count: agreement.cadenceDays })}
      </p>
      {agreement.goals.trim() && (
        <div className="agreement-goals">
          <h3>{t('agreement.goals')}</h3>
          <Markdown text={agreement.goals} />
        </div>
      )}
      <ul className="rules" aria-label={t('agreement.rules')}>
        {rules.map((r) => (
          <li key={r} data-ok={agreement.rules[r]}>
            <span aria-hidden="true">{agreement.rules[r] ? '✓' : '○'}</span> {t(`agreement.rule.${r}`)}
          </li>
        ))}
      </ul>
      {missing.length > 0 && <p className="warning">{t('agreement.rulesMissing')}</p>}
      <p className="muted small">{t('agreement.revised', { date: formatDateTime(lang, agreement.updatedAt).date })}</p>
    </section>
  );
}
