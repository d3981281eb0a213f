import { DataSection } from './options/DataSection';
import { GeneralSection } from './options/GeneralSection';
import { HostsSection } from './options/HostsSection';
import { ManagedSection } from './options/ManagedSection';
import { SettingsProvider, useSettings } from './shell/SettingsProvider';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { I18nProvider, useI18n } from './ui/I18nProvider';

function OptionsPage() {
  const { t } = useI18n();
  const { loaded } = useSettings();
  if (!loaded) return null;
  return (
    <main className="options">
      <h1>{t('options.title')}</h1>
      <GeneralSection />
      <HostsSection />
      <DataSection />
      <ManagedSection />
    </main>
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
