import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsProvider } from '../components/shell/SettingsProvider';
import { I18nProvider } from '../components/ui/I18nProvider';
import { loadCatalog } from '../lib/i18n/catalogs';

// React's act() warns unless the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Renders a component the way the panel does (settings, English texts) into a fresh container. */
export async function render(node: ReactNode): Promise<{ container: HTMLElement; root: Root; unmount: () => void }> {
  fakeBrowser.i18n.getUILanguage = () => 'en-GB';
  // The page's entry starts loading the catalog before it renders; so does this.
  await loadCatalog('en');
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => {
    root.render(
      <SettingsProvider>
        <I18nProvider>{node}</I18nProvider>
      </SettingsProvider>,
    );
  });
  return {
    container,
    root,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Lets pending promises and the renders they cause finish. */
export async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}
