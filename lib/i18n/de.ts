import * as core from './catalog/core';
import * as options from './catalog/options';
import * as tips from './catalog/tips';
import * as authoring from './catalog/authoring';
import * as notes from './catalog/notes';
import * as review from './catalog/review';
import * as tandem from './catalog/tandem';
import * as backup from './catalog/backup';
import * as welcome from './catalog/welcome';
import * as sources from './catalog/sources';
import * as rules from './catalog/rules';
import * as sync from './catalog/sync';
import * as chatgpt from './catalog/chatgpt';
import * as teach from './catalog/teach';
import type { Messages } from './en';

/** German UI strings, one catalog per feature. */
export const de: Messages = { ...core.de, ...tips.de, ...options.de, ...authoring.de, ...notes.de, ...review.de, ...tandem.de, ...backup.de, ...sources.de, ...rules.de, ...sync.de, ...welcome.de, ...chatgpt.de, ...teach.de };
