import { defineConfig } from 'wxt';
import { tools } from './lib/contexts/tools';

// The manifest asks only for what the skeleton needs; each permission is justified in the README.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', ...(browser === 'firefox' ? [] : ['sidePanel']), 'alarms', 'notifications'],
    // The same hosts the content scripts run on; lets the background see whether a tab is
    // still on a supported tool (tab.url) after a navigation.
    host_permissions: [...new Set(tools.flatMap((t) => t.matches))],
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
