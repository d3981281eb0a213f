import { FollowedTabProvider } from './shell/FollowedTab';
import { PanelShell } from './shell/PanelShell';
import { SettingsProvider } from './shell/SettingsProvider';
import { TaughtToolsProvider } from './shell/TaughtTools';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { I18nProvider } from './ui/I18nProvider';

/** The side panel (Chromium) / sidebar (Firefox). */
export function SidePanelApp() {
  return (
    <SettingsProvider>
      <I18nProvider>
        <ErrorBoundary>
          <FollowedTabProvider>
            <TaughtToolsProvider>
              <PanelShell />
            </TaughtToolsProvider>
          </FollowedTabProvider>
        </ErrorBoundary>
      </I18nProvider>
    </SettingsProvider>
  );
}
