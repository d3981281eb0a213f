import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { linkedinRules } from '@/lib/contexts/rules/linkedin';
import { rulesKey } from '@/lib/contexts/rule-format';
import { render, settle } from '../../test/render';
import { ManagedSection } from './ManagedSection';

let cleanup: () => void = () => undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());

describe('what the programme set up', () => {
  it('names the tools whose page rules the programme updated, and only those', async () => {
    const update = { ...linkedinRules, version: linkedinRules.version + 3 };
    await fakeBrowser.storage.local.set({ [rulesKey('linkedin')]: { rules: update, source: 'policy', from: 'policy', installedAt: 1 } });
    const { container, unmount } = await render(<ManagedSection />);
    cleanup = unmount;
    await settle();
    expect(container.textContent).toContain(`Your programme updated how LinkedIn pages are recognised (rules version ${update.version}).`);
    expect(container.textContent).not.toContain('No programme settings');
    expect(container.textContent).not.toContain('Excel');
  });

  it('says nothing is set up when a pack, not the programme, brought the rules', async () => {
    const update = { ...linkedinRules, version: linkedinRules.version + 3 };
    await fakeBrowser.storage.local.set({ [rulesKey('linkedin')]: { rules: update, source: 'pack', from: 'pilot', installedAt: 1 } });
    const { container, unmount } = await render(<ManagedSection />);
    cleanup = unmount;
    await settle();
    expect(container.textContent).toContain('No programme settings are installed on this computer.');
  });
});
