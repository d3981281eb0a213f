import { DataSection } from './options/DataSection';
import { GeneralSection } from './options/GeneralSection';
import { HostsSection } from './options/HostsSection';
import { ManagedSection } from './options/ManagedSection';
import { PacksSection } from './settings/PacksSection';
import { SettingsProvider, useSettings } from './shell/SettingsProvider';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { I18nProvider, useI18n } from './ui/I18nProvider';
import { StyleScope } from './ui/StyleScope';
import './ui/forms.css';

function OptionsPage() {
  const { t } = useI18n();
  const { loaded } = useSettings();
  if (!loaded) return null;
  // The whole page is forms: its sections share the settings view's form styles.
  return (
    <StyleScope name="forms">
      <main className="options">
        <h1>{t('options.title')}</h1>
        <GeneralSection />
        <PacksSection />
        <HostsSection />
        <DataSection />
        <ManagedSection />
      </main>
    </StyleScope>
  );
}

/** The options page (opened from the extension's menu or the panel). */
export function OptionsApp() {
  return (
    <SettingsProvider>
      <I18nProvider>
        <ErrorBoundary>
          <OptionsPage />
        </ErrorBoundary>
      </I18nProvider>
    </SettingsProvider>
  );
}
