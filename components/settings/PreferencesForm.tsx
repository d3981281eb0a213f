import { useState } from 'react';
import { roleSchema, type Settings } from '@/lib/settings/settings';
import { useSettings } from '../shell/SettingsProvider';
import { useI18n } from '../ui/I18nProvider';
import '../ui/forms.css';

const langs = ['auto', 'de', 'en'] as const;

/** Language, role and names; every change is saved at once (storage.local). */
export function PreferencesForm() {
  const { t } = useI18n();
  const { settings, save } = useSettings();
  // The form shows what was chosen at once; storage answers a moment later (and trims names,
  // which must not eat the space being typed).
  const [form, setForm] = useState(settings);
  const [message, setMessage] = useState('');

  const store = (patch: Partial<Settings>) => {
    setForm((prev) => ({ ...prev, ...patch }));
    void save(patch).then(
      () => setMessage(t('settings.saved')),
      (error: unknown) => setMessage(t('error.generic', { message: String(error) })),
    );
  };

  return (
    <form className="form" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="settings-lang">{t('settings.language')}</label>
        <select id="settings-lang" value={form.lang} onChange={(e) => store({ lang: langs.find((l) => l === e.target.value) ?? 'auto' })}>
          {langs.map((lang) => (
            <option key={lang} value={lang}>
              {t(`settings.language.${lang}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>{t('settings.role')}</legend>
        {roleSchema.options.map((role) => (
          <label className="check" key={role}>
            <input type="radio" name="role" value={role} checked={form.role === role} onChange={() => store({ role })} />
            {t(`settings.role.${role}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="settings-my-name">{t('settings.myName')}</label>
        <input
          id="settings-my-name"
          type="text"
          maxLength={80}
          autoComplete="name"
          value={form.myName}
          aria-describedby="settings-names-hint"
          onChange={(e) => store({ myName: e.target.value })}
        />
        <p className="hint" id="settings-names-hint">
          {t('settings.names.hint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor="settings-partner-name">{t('settings.partnerName')}</label>
        <input
          id="settings-partner-name"
          type="text"
          maxLength={80}
          value={form.partnerName}
          onChange={(e) => store({ partnerName: e.target.value })}
        />
      </div>
      <p className="status-message" role="status" aria-live="polite">
        {message}
      </p>
    </form>
  );
}
