import { defineBackground } from 'wxt/utils/define-background';
import { wireBadges } from './badges';
import { wireOwnChanges } from './changes';
import { wireContextMenu } from './context-menu';
import { wireContextReports } from './context-reports';
import { wireCustomHosts } from './custom-hosts';
import { wireManagedPack } from './managed-pack';
import { wireLearningByDoing } from './learning-by-doing';
import { wireRecordFromPage } from './record-from-page';
import { wireReminders } from './reminders';
import { wireSeeding } from './seeding';
import { wireSidePanel } from './side-panel';
import { wireSync } from './sync';
import { wireTabTracking } from './tab-tracking';
import { wireTestHooks } from './test-hooks';

// Wiring only: each sibling registers its listeners synchronously, so events that wake the
// service worker find them.
export default defineBackground(() => {
  wireSidePanel();
  wireSeeding();
  wireContextReports();
  wireTabTracking();
  wireBadges();
  wireCustomHosts();
  wireManagedPack();
  wireContextMenu();
  wireRecordFromPage();
  wireLearningByDoing();
  wireReminders();
  wireOwnChanges();
  wireSync();
  // Compiled out of every build but Firefox's end-to-end one.
  if (import.meta.env.FIREFOX && import.meta.env.MODE === 'e2e') wireTestHooks();
});
