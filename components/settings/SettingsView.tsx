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
        <section className="section start" aria-labelledby="welcome-again-heading">
          <h2 id="welcome-again-heading" className="visually-hidden">
            {t('welcome.label')}
          </h2>
          <a className="secondary button-link" href="#welcome">
            {t('welcome.again')}
          </a>
          <p className="hint">{t('welcome.again.hint')}</p>
        </section>
        <PacksSection />
      </section>
    </StyleScope>
  );
}
