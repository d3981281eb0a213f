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
import type { Messages } from './en';

/** German UI strings, one catalog per feature. */
export const de: Messages = { ...core.de, ...tips.de, ...options.de, ...authoring.de, ...notes.de, ...review.de, ...tandem.de, ...backup.de, ...welcome.de, ...recording.de };
