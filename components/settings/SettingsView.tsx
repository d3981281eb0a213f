import { GeneralSection } from '../options/GeneralSection';
import { useI18n } from '../ui/I18nProvider';
import { PacksSection } from './PacksSection';
import '../ui/forms.css';
import { StyleScope } from '../ui/StyleScope';

/**
 * The `#settings` view: language, role and names (the options page's own section, so both
 * places edit the same settings the same way) and the tip packs.
 */
export function SettingsView() {
  const { t } = useI18n();
  return (
    <StyleScope name="forms">
      <section aria-labelledby="settings-heading">
        <h1 id="settings-heading">{t('settings.heading')}</h1>
        <GeneralSection />
        <PacksSection />
      </section>
    </StyleScope>
  );
}
