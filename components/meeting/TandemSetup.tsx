import { getDb } from '@/lib/db/db';
import { fromInputs, toDateInput, toTimeInput } from '@/lib/meeting/local-time';
import type { MeetingPrep } from '@/lib/meeting/prep';
import { defaultAgreement, saveAgreement, scheduleMeeting } from '@/lib/meeting/tandem-store';
import { suggestNextMeeting } from '@/lib/meeting/timeline';
import type { Agreement } from '@/lib/schemas/tandem';
import type { Role } from '@/lib/settings/settings';
import { useSettings } from '../shell/SettingsProvider';
import { useI18n } from '../ui/I18nProvider';
import { useDraft } from '../ui/useDraft';
import { MeetingFormPage } from './MeetingFormPage';

const rules = ['voluntary', 'confidential', 'noReportingLine'] as const;
const roles: Role[] = ['mentee', 'mentor', 'both'];

/** The tandem setup: names and role (this browser's settings) and the shared agreement, plus the first meeting. */
export function TandemSetup({ agreement, prep }: { agreement: Agreement | undefined; prep: MeetingPrep }) {
  const { t } = useI18n();
  const { settings, save: saveSettings } = useSettings();
  const a = agreement ?? { ...defaultAgreement };
  const at = prep.timeline.upcoming?.scheduledAt ?? suggestNextMeeting(prep.timeline, agreement, prep.now);
  const draft = useDraft('tandem-setup', {
    myName: settings.myName,
    partnerName: settings.partnerName,
    role: settings.role as string,
    goals: a.goals,
    cadenceDays: a.cadenceDays,
    format: a.format as string,
    minutes: a.minutes,
    voluntary: a.rules.voluntary,
    confidential: a.rules.confidential,
    noReportingLine: a.rules.noReportingLine,
    nextDate: toDateInput(at),
    nextTime: toTimeInput(at),
  });
  const v = draft.value;

  const save = async () => {
    await saveSettings({ myName: v.myName.trim(), partnerName: v.partnerName.trim(), role: v.role as Role });
    await saveAgreement(getDb(), {
      goals: v.goals,
      cadenceDays: Math.round(Number(v.cadenceDays)),
      format: v.format === 'in-person' ? 'in-person' : 'online',
      minutes: Number(v.minutes),
      rules: { voluntary: v.voluntary, confidential: v.confidential, noReportingLine: v.noReportingLine },
    });
    const next = fromInputs(v.nextDate, v.nextTime);
    if (next !== null && next !== prep.timeline.upcoming?.scheduledAt) await scheduleMeeting(getDb(), next);
    return t('setup.saved');
  };

  return (
    <MeetingFormPage
      className="setup"
      headingId="setup-heading"
      testId="tandem-setup"
      back={t('setup.back')}
      title={t('setup.title')}
      intro={t('setup.intro')}
      saveLabel={t('setup.save')}
      draft={draft}
      save={save}
    >

      <fieldset>
        <legend>{t('setup.you')}</legend>
        <label className="block">
          {t('setup.myName')}
          <input type="text" maxLength={80} autoComplete="name" value={v.myName} onChange={(e) => draft.update({ myName: e.target.value })} />
        </label>
        <label className="block">
          {t('setup.partnerName')}
          <input type="text" maxLength={80} value={v.partnerName} onChange={(e) => draft.update({ partnerName: e.target.value })} />
        </label>
        <div role="radiogroup" aria-labelledby="role-label" className="choices">
          <span id="role-label" className="label">
            {t('setup.role')}
          </span>
          {roles.map((r) => (
            <label key={r}>
              <input type="radio" name="role" value={r} checked={v.role === r} onChange={() => draft.update({ role: r })} /> {t(`setup.role.${r}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('setup.agreement')}</legend>
        <label className="block">
          {t('agreement.goals')}
          <textarea rows={3} maxLength={2000} value={v.goals} onChange={(e) => draft.update({ goals: e.target.value })} />
        </label>
        <label className="block">
          {t('agreement.cadence')} ({t('agreement.cadenceDays', { count: Number(v.cadenceDays) || 0 })})
          <input type="number" min={1} max={90} required value={v.cadenceDays} onChange={(e) => draft.update({ cadenceDays: Number(e.target.value) })} />
        </label>
        <div role="radiogroup" aria-labelledby="format-label" className="choices">
          <span id="format-label" className="label">
            {t('agreement.format')}
          </span>
          {(['in-person', 'online'] as const).map((f) => (
            <label key={f}>
              <input type="radio" name="format" checked={v.format === f} onChange={() => draft.update({ format: f })} /> {t(`agreement.format.${f}`)}
            </label>
          ))}
        </div>
        <div role="radiogroup" aria-labelledby="minutes-label" className="choices">
          <span id="minutes-label" className="label">
            {t('agreement.minutes')}
          </span>
          {[30, 60].map((m) => (
            <label key={m}>
              <input type="radio" name="minutes" checked={Number(v.minutes) === m} onChange={() => draft.update({ minutes: m })} /> {t('agreement.minutesValue', { count: m })}
            </label>
          ))}
        </div>
        <div className="choices" role="group" aria-labelledby="rules-label">
          <span id="rules-label" className="label">
            {t('agreement.rules')}
          </span>
          {rules.map((r) => (
            <label key={r}>
              <input type="checkbox" checked={Boolean(v[r])} onChange={(e) => draft.update({ [r]: e.target.checked })} /> {t(`agreement.rule.${r}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="inline-form">
        <legend>{t('next.heading')}</legend>
        <label>
          {t('next.date')}
          <input type="date" value={v.nextDate} onChange={(e) => draft.update({ nextDate: e.target.value })} />
        </label>
        <label>
          {t('next.time')}
          <input type="time" value={v.nextTime} onChange={(e) => draft.update({ nextTime: e.target.value })} />
        </label>
      </fieldset>
    </MeetingFormPage>
  );
}
