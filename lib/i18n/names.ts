import { isCustomToolId, type ContextId, type ToolId } from '../contexts/types';
import { isMessageKey, type Translate } from './translator';

/** The names mentors gave the tools they taught and their places (looked up by id). */
export interface CustomNames {
  tool(id: string): string | undefined;
  place(id: string): string | undefined;
}

/** No taught tools known. */
export const noCustomNames: CustomNames = { tool: () => undefined, place: () => undefined };

/** A tool's name in the UI language; a taught tool's name as its mentor wrote it. */
export function toolName(t: Translate, tool: ToolId, custom: CustomNames = noCustomNames): string {
  if (isCustomToolId(tool)) return custom.tool(tool) ?? t('tool.custom.unnamed');
  return t(`tool.${tool}`);
}

/** A context's name in the UI language ("Formeln" tab, "Editing your profile"); a taught place's as its mentor wrote it. */
export function contextName(t: Translate, id: ContextId | undefined, custom: CustomNames = noCustomNames): string {
  const taught = id ? custom.place(id) : undefined;
  if (taught) return taught;
  const key = `context.${id ?? 'unknown'}`;
  return isMessageKey(key) ? t(key) : t('context.unknown');
}
