import type { Page, Worker } from '@playwright/test';
import { expect, readStore, test, type ChromeApi, type UiLang } from './extension';
import { SidePanel } from './pages/side-panel';

/** What a person reads and clicks in the welcome, per language. */
const words = {
  en: {
    title: 'Welcome to Tandem Tips',
    step: (n: number) => `Step ${n} of 3`,
    skip: 'Skip the welcome',
    role: { mentor: /^Mentor — I am teaching/, mentee: /^Mentee — I am learning/ },
    myName: 'Your name',
    partnerName: 'Your tandem partner’s name',
    next: 'Continue',
    together: 'How you meet',
    weekly: 'Every week',
    inPerson: 'In person',
    hour: '60 minutes',
    rules: ['Taking part is voluntary', 'What we discuss stays between us', 'Neither of us reports to the other'],
    save: 'Save and continue',
    later: 'Decide later',
    start: 'Where to start',
    mentorHeading: 'Write your first tip here',
    menteeHeading: 'How do I get my mentor’s tips?',
    write: 'Write my first tip',
    import: 'Show me where to import',
    gotIt: 'Got it',
    writeNav: 'Write a tip',
    pick: 'Pick the element on the page',
    importHeading: 'Import',
    again: 'Show the welcome again',
    settings: 'Settings',
  },
  de: {
    title: 'Willkommen bei Tandem Tips',
    step: (n: number) => `Schritt ${n} von 3`,
    skip: 'Begrüßung überspringen',
    role: { mentor: /^Mentor\/in – ich zeige/, mentee: /^Mentee – ich lerne/ },
    myName: 'Ihr Name',
    partnerName: 'Name Ihres Tandem-Partners',
    next: 'Weiter',
    together: 'Wie Sie sich treffen',
    weekly: 'Jede Woche',
    inPerson: 'Persönlich',
    hour: '60 Minuten',
    rules: ['Die Teilnahme ist freiwillig', 'Was wir besprechen, bleibt unter uns', 'Keiner von uns berichtet an den anderen'],
    save: 'Speichern und weiter',
    later: 'Später festlegen',
    start: 'So geht es los',
    mentorHeading: 'Hier schreiben Sie Ihren ersten Tipp',
    menteeHeading: 'Wie bekomme ich die Tipps meines Mentors?',
    write: 'Ersten Tipp schreiben',
    import: 'Zeigen Sie mir, wo ich importiere',
    gotIt: 'Verstanden',
    writeNav: 'Tipp schreiben',
    pick: 'Element auf der Seite auswählen',
    importHeading: 'Importieren',
    again: 'Begrüßung noch einmal zeigen',
    settings: 'Einstellungen',
  },
} as const;

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/welcome-${name}.png` });

async function stored(sw: Worker): Promise<{ settings?: Record<string, unknown>; welcome?: { how: string } }> {
  return sw.evaluate(async () => (await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.get(['settings', 'welcome'])) as never);
}

for (const lang of ['en', 'de'] as const satisfies UiLang[]) {
  const w = words[lang];
  test.describe(`first-run welcome, ${lang}`, () => {
    test.use({ lang, welcome: 'show' });

    test(`a new mentor is set up in three steps and lands on "Write a tip" with the picker pointed out (${lang})`, async ({ context, sw, extensionId }) => {
      const tool = context.pages()[0]!;
      await tool.goto('https://www.linkedin.com/in/peter-miller-senior/edit/intro/');
      const panel = await SidePanel.open(context, extensionId);
      const { page } = panel;
      const welcome = page.getByTestId('welcome');

      // Step 1, instead of the views: no navigation yet, the heading has focus.
      await expect(welcome.getByRole('heading', { level: 1, name: w.title })).toBeFocused();
      await expect(welcome).toContainText(w.step(1));
      await expect(page.getByRole('navigation')).toHaveCount(0);
      await page.getByRole('radio', { name: w.role.mentor }).check();
      await page.getByLabel(w.myName, { exact: true }).fill('Mia');
      await page.getByLabel(w.partnerName, { exact: true }).fill('Peter');
      await shot(page, `${lang}-mentor-1`);
      await page.getByRole('button', { name: w.next, exact: true }).click();

      // Step 2: the tandem agreement.
      await expect(welcome.getByRole('heading', { level: 1, name: w.together })).toBeFocused();
      await page.getByRole('radio', { name: w.weekly }).check();
      await page.getByRole('radio', { name: w.inPerson }).check();
      await page.getByRole('radio', { name: w.hour }).check();
      for (const rule of w.rules) await page.getByRole('checkbox', { name: rule }).check();
      await shot(page, `${lang}-mentor-2`);
      await page.getByRole('button', { name: w.save }).click();

      // Step 3: where a mentor starts — only the mentor's part.
      await expect(welcome.getByRole('heading', { level: 1, name: w.start })).toBeFocused();
      await expect(welcome.getByRole('heading', { level: 2, name: w.mentorHeading })).toBeVisible();
      await expect(welcome.getByRole('heading', { level: 2, name: w.menteeHeading })).toHaveCount(0);
      await shot(page, `${lang}-mentor-3`);

      // What was answered is where Settings and the tandem setup keep it.
      expect((await stored(sw)).settings).toMatchObject({ role: 'mentor', myName: 'Mia', partnerName: 'Peter', lang: 'auto' });
      const [agreement] = await readStore<Record<string, unknown>>(sw, 'tandem');
      expect(agreement).toMatchObject({ id: 'agreement', kind: 'agreement', cadenceDays: 7, format: 'in-person', minutes: 60, rules: { voluntary: true, confidential: true, noReportingLine: true } });

      // "Write my first tip" opens the real editor with its picker pointed out, near the top.
      await page.getByRole('button', { name: w.write }).click();
      await expect(page.getByRole('navigation').getByRole('link', { name: w.writeNav, exact: true })).toHaveAttribute('aria-current', 'page');
      const spot = page.getByTestId('spotlight-write');
      await expect(spot).toBeVisible();
      const pick = page.getByTestId('element-field').getByRole('button', { name: w.pick });
      await expect(spot.getByRole('button', { name: w.pick })).toBeInViewport();
      await expect(page.getByRole('checkbox').first()).toBeVisible();
      await shot(page, `${lang}-mentor-write`);
      expect((await stored(sw)).welcome).toMatchObject({ how: 'finished' });
      await spot.getByRole('button', { name: w.gotIt }).click();
      await expect(page.getByTestId('spotlight-write')).toHaveCount(0);
      await expect(pick).toBeVisible();

      // Once: a reopened panel shows the views; Settings brings the welcome back, answers kept.
      await page.reload();
      await expect(page.getByRole('navigation')).toBeVisible();
      await expect(page.getByTestId('welcome')).toHaveCount(0);
      await panel.go(w.settings);
      await page.getByRole('link', { name: w.again }).click();
      await expect(page.getByRole('radio', { name: w.role.mentor })).toBeChecked();
      await expect(page.getByLabel(w.myName, { exact: true })).toHaveValue('Mia');
      await page.getByRole('button', { name: w.skip }).click();
      await expect(page.getByRole('heading', { level: 1, name: w.settings })).toBeVisible();
      expect((await stored(sw)).welcome).toMatchObject({ how: 'skipped' });
    });

    test(`a new mentee learns how the mentor's tips arrive and lands on Exchange's import (${lang})`, async ({ context, sw, extensionId }) => {
      const panel = await SidePanel.open(context, extensionId);
      const { page } = panel;
      const welcome = page.getByTestId('welcome');
      await expect(welcome.getByRole('heading', { level: 1, name: w.title })).toBeVisible();
      // Mentee is the default; the language can be chosen here, and the welcome follows at once.
      await expect(page.getByRole('radio', { name: w.role.mentee })).toBeChecked();
      const language = page.getByRole('combobox');
      const other = lang === 'en' ? { value: 'de', title: words.de.title } : { value: 'en', title: words.en.title };
      await language.selectOption(other.value);
      await expect(welcome.getByRole('heading', { level: 1, name: other.title })).toBeVisible();
      await language.selectOption('auto');
      await expect(welcome.getByRole('heading', { level: 1, name: w.title })).toBeVisible();
      await page.getByLabel(w.myName, { exact: true }).fill('Peter');
      await page.getByLabel(w.partnerName, { exact: true }).fill('Mia');
      await shot(page, `${lang}-mentee-1`);
      await page.getByRole('button', { name: w.next, exact: true }).click();

      // The agreement can wait: nothing is recorded then.
      await expect(welcome.getByRole('heading', { level: 1, name: w.together })).toBeVisible();
      await page.getByRole('button', { name: w.later }).click();
      await expect(welcome.getByRole('heading', { level: 1, name: w.start })).toBeVisible();
      expect(await readStore(sw, 'tandem')).toEqual([]);
      await expect(welcome.getByRole('heading', { level: 2, name: w.menteeHeading })).toBeVisible();
      await expect(welcome.getByRole('heading', { level: 2, name: w.mentorHeading })).toHaveCount(0);
      await shot(page, `${lang}-mentee-3`);
      expect((await stored(sw)).settings).toMatchObject({ role: 'mentee', myName: 'Peter', partnerName: 'Mia', lang: 'auto' });

      await page.getByRole('button', { name: w.import }).click();
      const spot = page.getByTestId('spotlight-import');
      await expect(spot).toBeVisible();
      await expect(spot.getByRole('heading', { name: w.importHeading })).toBeInViewport();
      await shot(page, `${lang}-mentee-import`);
      expect((await stored(sw)).welcome).toMatchObject({ how: 'finished' });
    });
  });
}

test.describe('first-run welcome, skipped', () => {
  test.use({ welcome: 'show' });

  test('skipping goes straight to the tips and the welcome does not come back by itself', async ({ context, sw, extensionId }) => {
    const tool = context.pages()[0]!;
    await tool.goto('https://www.linkedin.com/feed/');
    let panel = await SidePanel.open(context, extensionId);
    await panel.page.getByRole('button', { name: 'Skip the welcome' }).click();
    await expect(panel.tipItems.first()).toBeVisible();
    expect((await stored(sw)).welcome).toMatchObject({ how: 'skipped' });
    expect((await stored(sw)).settings).toBeUndefined();
    await panel.page.close();
    panel = await SidePanel.open(context, extensionId);
    await expect(panel.tipItems.first()).toBeVisible();
    await expect(panel.page.getByTestId('welcome')).toHaveCount(0);
  });

  test('a welcome left half-way (the language already saved) is there again next time', async ({ context, sw, extensionId }) => {
    let panel = await SidePanel.open(context, extensionId);
    await panel.page.getByRole('combobox').selectOption('de');
    await expect(panel.page.getByRole('heading', { level: 1, name: 'Willkommen bei Tandem Tips' })).toBeVisible();
    await panel.page.close();
    panel = await SidePanel.open(context, extensionId);
    await expect(panel.page.getByRole('heading', { level: 1, name: 'Willkommen bei Tandem Tips' })).toBeVisible();
    expect((await stored(sw)).welcome).toMatchObject({ how: 'started' });
  });
});
