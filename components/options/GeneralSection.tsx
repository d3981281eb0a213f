import { useId, useState } from 'react';
import type { Settings } from '@/lib/settings/settings';
import { useSettings } from '../shell/SettingsProvider';
import { useI18n } from '../ui/I18nProvider';

/** Language, role and names — the same settings the side panel uses. */
export function GeneralSection() {
  const { t } = useI18n();
  const { settings, save } = useSettings();
  const [status, setStatus] = useState('');
  const id = useId();
  const update = (patch: Partial<Settings>) => {
    void save(patch).then(() => setStatus(t('options.saved')));
  };
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('options.you.heading')}</h2>
      <div className="field">
        <label htmlFor={`${id}-lang`}>{t('options.lang.label')}</label>
        <LanguageSelect id={`${id}-lang`} value={settings.lang} onChange={(lang) => update({ lang })} />
      </div>
      <fieldset className="field">
        <legend>{t('options.role.label')}</legend>
        {(['mentee', 'mentor', 'both'] as const).map((role) => (
          <label key={role} className="choice">
            <input type="radio" name={`${id}-role`} value={role} checked={settings.role === role} onChange={() => update({ role })} />
            {t(`options.role.${role}`)}
          </label>
        ))}
      </fieldset>
      <NameField label={t('options.myName')} value={settings.myName} onSave={(myName) => update({ myName })} />
      <NameField label={t('options.partnerName')} value={settings.partnerName} onSave={(partnerName) => update({ partnerName })} />
      <p role="status" className="status-message">
        {status}
      </p>
    </section>
  );
}

/** A name saved as it is typed, so closing the panel mid-word keeps it. */
function NameField({ label, value, onSave }: { label: string; value: string; onSave: (value: string) => void }) {
  const id = useId();
  // While focused, the field shows what is typed (trailing spaces included); storage keeps it trimmed.
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        maxLength={80}
        autoComplete="off"
        value={draft ?? value}
        onChange={(e) => {
          setDraft(e.target.value);
          if (e.target.value.trim() !== value) onSave(e.target.value.trim().slice(0, 80));
        }}
        onBlur={() => setDraft(null)}
      />
    </div>
  );
}

/** The UI language: the browser's, or German or English (each named in its own language). */
export function LanguageSelect({ id, value, onChange }: { id: string; value: Settings['lang']; onChange: (lang: Settings['lang']) => void }) {
  const { t } = useI18n();
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value === 'de' || e.target.value === 'en' ? e.target.value : 'auto')}>
      <option value="auto">{t('options.lang.auto')}</option>
      <option value="de" lang="de">
        {t('options.lang.de')}
      </option>
      <option value="en" lang="en">
        {t('options.lang.en')}
      </option>
    </select>
  );
}
