import { useEffect, useState } from 'react';
import { watchRecordRequests } from '@/lib/authoring/record-request';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { OnDemand } from '../ui/OnDemand';
import { useFirstRun } from '../welcome/useFirstRun';
import { SyncStatusLine } from '../sync/SyncStatusLine';
import { PanelNav } from './PanelNav';
import { useSettings } from './SettingsProvider';
import { panelViews } from './views';

// The welcome is read once per profile (and again from Settings): it loads only when shown.
const loadWelcome = () => import('../welcome/WelcomeView');

function viewFromHash(): string {
  return location.hash.replace(/^#/, '').split('/')[0] ?? '';
}

/** Navigation between the side panel's views; the view is kept in the URL hash. */
export function PanelShell() {
  const { settings, loaded } = useSettings();
  const firstRun = useFirstRun();
  const [requested, setRequested] = useState(viewFromHash);
  useEffect(() => {
    const onHash = () => setRequested(viewFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  // "Record tip steps here" on the page: the panel goes to Write a tip, which starts recording.
  const writes = loaded && settings.role !== 'mentee';
  useEffect(() => {
    if (!writes) return;
    return watchRecordRequests(() => {
      if (viewFromHash() !== 'write') location.hash = '#write';
    });
  }, [writes]);

  // Render nothing until settings are read: no flash of the wrong language or role.
  if (!loaded || firstRun === undefined) return null;
  if (firstRun.active || requested === 'welcome') {
    return (
      <main className="panel">
        <OnDemand load={loadWelcome}>{(m) => <m.WelcomeView onClose={firstRun.close} />}</OnDemand>
      </main>
    );
  }
  const views = panelViews.filter((v) => v.isVisible?.(settings) ?? true);
  const current = views.find((v) => v.id === requested) ?? views[0]!;

  return (
    <>
      <PanelNav views={views} current={current} role={settings.role} />
      <SyncStatusLine />
      <main className="panel">
        {/* One boundary per view: a view that fails to render leaves the navigation working. */}
        <ErrorBoundary key={current.id}>{current.render()}</ErrorBoundary>
      </main>
    </>
  );
}
