import { chatgpt, chatgptExamples } from './chatgpt';
import { excel, excelExamples } from './excel';
import { linkedin, linkedinExamples } from './linkedin';
import { tableau, tableauExamples } from './tableau';
import type { ContextExamples, ContextId, ToolDef, ToolId } from './types';

/** Every built-in tool. Page code imports only its own tool's file, not this list. */
export const tools: readonly ToolDef[] = [linkedin, excel, tableau, chatgpt];

/** Example pages of every tool's rules (tests only; page code never imports this list). */
export const toolExamples: Record<ToolId, ContextExamples> = {
  linkedin: linkedinExamples,
  excel: excelExamples,
  tableau: tableauExamples,
  chatgpt: chatgptExamples,
};

/** The tool definition for an id. */
export function getTool(id: ToolId): ToolDef {
  const tool = tools.find((t) => t.id === id);
  if (!tool) throw new Error(`Unknown tool ${id}`);
  return tool;
}

/** Every context id of a tool, most specific first. */
export function contextIdsOf(id: ToolId): ContextId[] {
  return getTool(id).contexts.map((c) => c.id);
}

/** All context ids of all tools. */
export const allContextIds: readonly ContextId[] = tools.flatMap((t) => t.contexts.map((c) => c.id));

/** Is this a context id we know? */
export function isKnownContext(id: string): id is ContextId {
  return (allContextIds as readonly string[]).includes(id);
}
