import * as core from './catalog/core';
import * as options from './catalog/options';
import * as tips from './catalog/tips';
import * as tandem from './catalog/tandem';
import type { Messages } from './en';

/** German UI strings, one catalog per feature. */
export const de: Messages = { ...core.de, ...tips.de, ...options.de, ...tandem.de };
