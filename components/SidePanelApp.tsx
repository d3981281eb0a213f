import { TipsPanel } from './tips/TipsPanel';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { I18nProvider } from './ui/I18nProvider';

/** The side panel (Chromium) / sidebar (Firefox). */
export function SidePanelApp() {
  return (
    <I18nProvider>
      <ErrorBoundary>
        <main className="panel">
          <TipsPanel />
        </main>
      </ErrorBoundary>
    </I18nProvider>
  );
}
