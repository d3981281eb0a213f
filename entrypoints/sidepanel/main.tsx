import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { SidePanelApp } from '@/components/SidePanelApp';
import { firstFollowed, followTab } from '@/components/shell/FollowedTab';
import { startupSettings } from '@/components/shell/SettingsProvider';
import { opensOnTips, preloadView } from '@/components/shell/views';
import { prefetchTipsFor } from '@/components/tips/useTipsFor';
import '@/components/ui/theme.css';
import { startupFirstRun } from '@/components/welcome/useFirstRun';
import { forwardChanges } from '@/lib/db/change-messages';
import { getDb } from '@/lib/db/db';
import { loadCatalog, preloadLastCatalog } from '@/lib/i18n/catalogs';
import { resolveLang } from '@/lib/i18n/translator';
import { sendMessage } from '@/lib/messaging/protocol';

// Everything the first tips need starts here, side by side, before React renders: the database
// opens, the UI language's catalog loads (the one shown last, then the settings' if another), the
// background is asked which tab the panel follows and, once it answers, that context's tips are
// read; the settings and the welcome state are read. (Errors surface where each is used.)
void getDb()
  .open()
  .catch(() => undefined);
preloadLastCatalog();
followTab();
// The tips are read early only when the panel opens on them (not on `#notes`, say).
if (opensOnTips(location.hash)) void firstFollowed.then((active) => active?.detected && prefetchTipsFor(active.detected));
void startupSettings
  .start()
  .then((settings) => loadCatalog(resolveLang(settings.lang, browser.i18n.getUILanguage())))
  .catch(() => undefined);
void startupFirstRun.start();
// A panel opened on another view (`#notes`) loads that view's code now, not after the first render.
preloadView(location.hash);

// Every change this page writes (tips, progress, meetings …) reaches the background from here.
// Nobody listening (the background is starting) is fine: it recounts and re-plans when it starts.
forwardChanges(getDb(), (message) => void sendMessage(message).catch(() => undefined));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SidePanelApp />
  </StrictMode>,
);
