import { useI18n } from '../ui/I18nProvider';
import { PacksSection } from './PacksSection';
import { PreferencesForm } from './PreferencesForm';

/** The `#settings` view: preferences and tip packs (the parts are reusable by an options page). */
export function SettingsView() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="settings-heading">
      <h1 id="settings-heading">{t('settings.heading')}</h1>
      <PreferencesForm />
      <PacksSection />
    </section>
  );
}
