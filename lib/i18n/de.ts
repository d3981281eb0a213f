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
import type { Messages } from './en';

/** German UI strings, one catalog per feature. */
export const de: Messages = { ...core.de, ...tips.de, ...options.de, ...authoring.de, ...myTips.de, ...packs.de, ...notes.de, ...review.de, ...meeting.de, ...goals.de, ...exchange.de, ...backup.de, ...files.de, ...validation.de, ...sources.de, ...rules.de, ...sync.de, ...welcome.de, ...chatgpt.de, ...teach.de, ...recording.de, ...stepPictures.de, ...recordFromPage.de, ...progress.de };
