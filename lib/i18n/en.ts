import * as core from './catalog/core';
import * as options from './catalog/options';
import * as tips from './catalog/tips';
import * as authoring from './catalog/authoring';
import * as notes from './catalog/notes';
import * as review from './catalog/review';
import * as tandem from './catalog/tandem';
import * as backup from './catalog/backup';
import * as welcome from './catalog/welcome';
import * as recording from './catalog/recording';
import type { Catalog } from './types';

/**
 * English UI strings, one catalog per feature (add a feature's catalog here and in de.ts).
 * English is the source of the message keys; German must provide every one.
 */
export const en = { ...core.en, ...tips.en, ...options.en, ...authoring.en, ...notes.en, ...review.en, ...tandem.en, ...backup.en, ...welcome.en, ...recording.en };

export type Messages = Catalog<typeof en>;
export type MessageKey = keyof Messages;
