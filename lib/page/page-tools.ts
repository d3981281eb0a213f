/**
 * The names under which the on-demand scripts (entrypoints/picker.ts, highlight.ts) leave their
 * entry points in the extension's isolated world of a frame, for `scripting.executeScript({func})`
 * calls that follow the injection. The page's own scripts cannot reach this world.
 */
export const PICKER_GLOBAL = '__tandemTipsPicker';
export const HIGHLIGHT_GLOBAL = '__tandemTipsHighlight';
export const RECORDER_GLOBAL = '__tandemTipsRecorder';
