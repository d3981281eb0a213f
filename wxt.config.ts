import { defineConfig } from 'wxt';
import { tools } from './lib/contexts/tools';
import { catalogPerLanguage } from './scripts/catalog-per-language';
import { reactChunk } from './scripts/react-chunk';

// The manifest asks only for what the skeleton needs; each permission is justified in the README.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  vite: () => ({ plugins: [catalogPerLanguage(), reactChunk()] }),
  // The sources archive for add-on stores: what builds the extension, not test data or output.
  zip: {
    excludeSources: ['test/**', 'test-results/**', 'playwright-report/**', 'bench/results.*', '.tools/**', 'docs/screenshots/**'],
  },
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: a recorded step's picture needs the visible tab, which the browser shows an extension
    // only after the person's gesture on that tab (toolbar button, shortcut, context menu) — never <all_urls>.
    permissions: ['storage', 'scripting', 'contextMenus', 'alarms', 'notifications', 'activeTab', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Start recording a tip's steps from the page; the browser lets the person change the keys.
    commands: { 'record-steps': { suggested_key: { default: 'Alt+Shift+R' }, description: '__MSG_commandRecordSteps__' } },
    // Self-hosted Tableau Server / Office Online Server hosts and the tandem's sync server are
    // asked for one by one at runtime; nothing here is granted at install. Plain http only on
    // this computer and only in development and test builds (a local CouchDB for trying sync).
    optional_host_permissions: ['https://*/*', ...(mode === 'production' ? [] : ['http://localhost/*', 'http://127.0.0.1/*'])],
    // A programme coordinator can preconfigure hosts (and a starter pack) by enterprise policy.
    storage: { managed_schema: 'managed-schema.json' },
    // The same hosts the content scripts run on; lets the background see whether a tab is
    // still on a supported tool (tab.url) after a navigation.
    host_permissions: [
      ...new Set(tools.flatMap((t) => t.matches)),
      // End-to-end build only: browsers cannot click their own permission prompt in a test, so
      // the self-hosted test host is granted up front; the runtime request then resolves at once.
      // The same for the intranet a mentor teaches in the taught-tool tests: granting is still the
      // person's own click (a taught tool runs only on sites they allowed).
      ...(mode === 'e2e' ? ['https://tableau.example.org/*', 'http://127.0.0.1/*', 'https://expenses.intranet.example/*'] : []),
    ],
    action: {
      default_title: '__MSG_actionTitle__',
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tandem-tips@tandem.example',
              strict_min_version: '128.0',
              // Nothing leaves the browser: no data collection of any kind.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
