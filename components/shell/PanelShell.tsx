import { useEffect, useState } from 'react';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { useI18n } from '../ui/I18nProvider';
import { useSettings } from './SettingsProvider';
import { panelViews } from './views';

function viewFromHash(): string {
  return location.hash.replace(/^#/, '').split('/')[0] ?? '';
}

/** Navigation between the side panel's views; the view is kept in the URL hash. */
export function PanelShell() {
  const { t } = useI18n();
  const { settings, loaded } = useSettings();
  const [requested, setRequested] = useState(viewFromHash);
  useEffect(() => {
    const onHash = () => setRequested(viewFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  // Render nothing until settings are read: no flash of the wrong language or role.
  if (!loaded) return null;
  const views = panelViews.filter((v) => v.isVisible?.(settings) ?? true);
  const current = views.find((v) => v.id === requested) ?? views[0]!;

  return (
    <>
      {views.length > 1 && (
        <nav className="panel-nav" aria-label={t('nav.label')}>
          {views.map((view) => (
            <a key={view.id} href={`#${view.id}`} aria-current={view.id === current.id ? 'page' : undefined}>
              {t(view.label)}
            </a>
          ))}
        </nav>
      )}
      <main className="panel">
        {/* One boundary per view: a view that fails to render leaves the navigation working. */}
        <ErrorBoundary key={current.id}>{current.render()}</ErrorBoundary>
      </main>
    </>
  );
}
