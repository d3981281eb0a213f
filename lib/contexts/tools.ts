import { chatgpt, chatgptExamples } from './chatgpt';
import { excel, excelExamples } from './excel';
import { linkedin, linkedinExamples } from './linkedin';
import { tableau, tableauExamples } from './tableau';
import type { BuiltinToolId, ContextExamples, ContextId, ToolDef } from './types';

/** Every built-in tool. Page code imports only its own tool's file, not this list; taught tools live in the database. */
export const tools = [linkedin, excel, tableau, chatgpt] as readonly BuiltinToolDef[];

/** A built-in tool's definition. */
export type BuiltinToolDef = ToolDef & { id: BuiltinToolId };

/** Example pages of every tool's rules (tests only; page code never imports this list). */
export const toolExamples: Record<BuiltinToolId, ContextExamples> = {
  linkedin: linkedinExamples,
  excel: excelExamples,
  tableau: tableauExamples,
  chatgpt: chatgptExamples,
};

/** The built-in tool definition for an id. */
export function getTool(id: BuiltinToolId): ToolDef {
  const tool = tools.find((t) => t.id === id);
  if (!tool) throw new Error(`Unknown tool ${id}`);
  return tool;
}

/** Every context id of a built-in tool, most specific first. */
export function contextIdsOf(id: BuiltinToolId): ContextId[] {
  return getTool(id).contexts.map((c) => c.id);
}

/** All context ids of all built-in tools. */
export const allContextIds: readonly ContextId[] = tools.flatMap((t) => t.contexts.map((c) => c.id));

/** Is this a built-in tool's context id we know? */
export function isKnownContext(id: string): id is ContextId {
  return (allContextIds as readonly string[]).includes(id);
}
