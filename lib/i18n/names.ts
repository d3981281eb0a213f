import type { ContextId, ToolId } from '../contexts/types';
import { isMessageKey, type Translate } from './translate';

/** A tool's name in the UI language. */
export function toolName(t: Translate, tool: ToolId): string {
  return t(`tool.${tool}`);
}

/** A context's name in the UI language ("Formeln" tab, "Editing your profile"). */
export function contextName(t: Translate, id: ContextId | undefined): string {
  const key = `context.${id ?? 'unknown'}`;
  return isMessageKey(key) ? t(key) : t('context.unknown');
}
