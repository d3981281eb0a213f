import type { Locator, Page } from '@playwright/test';

/** The notes parts of the side panel: the quick add, the notes for this page, and All notes. */
export class NotesPanel {
  readonly composer: Locator;
  readonly body: Locator;
  readonly tags: Locator;
  readonly save: Locator;
  readonly contextNotes: Locator;
  readonly contextCards: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.composer = page.getByTestId('note-composer');
    this.body = this.composer.getByRole('textbox', { name: /Your note|Ihre Notiz/ });
    this.tags = this.composer.getByRole('textbox', { name: /Tags|Schlagwörter/ });
    this.save = this.composer.getByRole('button', { name: /Save note|Notiz speichern/ });
    this.contextNotes = page.getByTestId('context-notes');
    this.contextCards = this.contextNotes.getByTestId('note-card');
    this.status = page.getByTestId('notes-status');
  }

  /** A note card by the text it shows. */
  card(text: string | RegExp): Locator {
    return this.page.getByTestId('note-card').filter({ hasText: text });
  }

  kind(name: RegExp): Locator {
    return this.composer.getByRole('radio', { name });
  }
}
