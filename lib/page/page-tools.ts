/**
 * The names under which the on-demand scripts (entrypoints/picker.ts, highlight.ts) leave their
 * entry points in the extension's isolated world of a frame, for `scripting.executeScript({func})`
 * calls that follow the injection. The page's own scripts cannot reach this world.
 */
import type { HighlightApi } from './install-highlighter';
import type { PickerApi } from './install-picker';
import type { RecorderApi } from './install-recorder';

export const PICKER_GLOBAL = '__tandemTipsPicker';
export const HIGHLIGHT_GLOBAL = '__tandemTipsHighlight';
export const EXPLAIN_GLOBAL = '__tandemTipsExplain';
export const RECORDER_GLOBAL = '__tandemTipsRecorder';

declare global {
  /** The element picker's entry point in a frame's isolated world (see PICKER_GLOBAL). */
  var __tandemTipsPicker: PickerApi | undefined;
  /** The highlighter's entry point in a frame's isolated world (see HIGHLIGHT_GLOBAL). */
  var __tandemTipsHighlight: HighlightApi | undefined;
  /** The step recorder's entry point in a frame's isolated world (see RECORDER_GLOBAL). */
  var __tandemTipsRecorder: RecorderApi | undefined;
}
