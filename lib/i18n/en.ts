import * as core from './catalog/core';
import * as options from './catalog/options';
import * as tips from './catalog/tips';
import * as authoring from './catalog/authoring';
import * as myTips from './catalog/my-tips';
import * as packs from './catalog/packs';
import * as notes from './catalog/notes';
import * as review from './catalog/review';
import * as meeting from './catalog/meeting';
import * as goals from './catalog/goals';
import * as exchange from './catalog/exchange';
import * as backup from './catalog/backup';
import * as files from './catalog/files';
import * as validation from './catalog/validation';
import * as welcome from './catalog/welcome';
import * as sources from './catalog/sources';
import * as rules from './catalog/rules';
import * as sync from './catalog/sync';
import * as chatgpt from './catalog/chatgpt';
import * as teach from './catalog/teach';
import * as recording from './catalog/recording';
import * as progress from './catalog/progress';
import * as stepPictures from './catalog/step-pictures';
import * as recordFromPage from './catalog/record-from-page';
import type { Catalog } from './types';

/**
 * English UI strings, one catalog per feature (add a feature's catalog here and in de.ts).
 * English is the source of the message keys; German must provide every one.
 */
export const en = { ...core.en, ...tips.en, ...options.en, ...authoring.en, ...myTips.en, ...packs.en, ...notes.en, ...review.en, ...meeting.en, ...goals.en, ...exchange.en, ...backup.en, ...files.en, ...validation.en, ...sources.en, ...rules.en, ...sync.en, ...welcome.en, ...chatgpt.en, ...teach.en, ...recording.en, ...stepPictures.en, ...recordFromPage.en, ...progress.en };

export type Messages = Catalog<typeof en>;
export type MessageKey = keyof Messages;
