import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { builtinToolIds, isCustomToolId, type ContextId, type ToolId } from '@/lib/contexts/types';
import { contextIdsOf } from '@/lib/contexts/tools';
import { getDb } from '@/lib/db/db';
import { contextName, toolName, type CustomNames } from '@/lib/i18n/names';
import { customNamesOf } from '@/lib/tools/custom-names';
import type { CustomTool } from '@/lib/tools/custom-tool';
import { useI18n } from '../ui/I18nProvider';

const TaughtToolsContext = createContext<readonly CustomTool[] | undefined>([]);

/** The tools mentors taught (database table `tools`), live, for every view of the page. */
export function TaughtToolsProvider({ children }: { children: ReactNode }) {
  const tools = useLiveQuery(() => getDb().tools.toArray(), []);
  return <TaughtToolsContext value={tools}>{children}</TaughtToolsContext>;
}

/** The taught tools; `undefined` while loading (outside the provider: none). */
export function useTaughtTools(): readonly CustomTool[] | undefined {
  return useContext(TaughtToolsContext);
}

/** Names of tools and places in the UI language, taught ones as their mentor wrote them (`custom` for lib helpers). */
export function useNames(): { tool: (id: ToolId) => string; place: (id: ContextId | undefined) => string; custom: CustomNames } {
  const { t } = useI18n();
  const tools = useTaughtTools();
  return useMemo(() => {
    const custom = customNamesOf(tools ?? []);
    return { tool: (id: ToolId) => toolName(t, id, custom), place: (id: ContextId | undefined) => contextName(t, id, custom), custom };
  }, [t, tools]);
}

/** One tool as lists and filters show it: built-in tools first, then the taught ones by name. */
export interface ToolChoice {
  id: ToolId;
  name: string;
  places: ContextId[];
  taught?: CustomTool;
}

/** Every tool a tip can be for: the built-in ones and those mentors taught here. */
export function useToolChoices(): ToolChoice[] {
  const tools = useTaughtTools();
  const names = useNames();
  return useMemo(
    () => [
      ...builtinToolIds.map((id) => ({ id, name: names.tool(id), places: contextIdsOf(id) })),
      ...(tools ?? [])
        .map((tool) => ({ id: tool.id as ToolId, name: names.tool(tool.id), places: tool.rules.contexts.map((c) => c.id as ContextId), taught: tool }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    ],
    [tools, names],
  );
}

/** The places of one tool (most specific first), built in or taught. */
export function placesOf(choices: readonly ToolChoice[], tool: ToolId): ContextId[] {
  return choices.find((c) => c.id === tool)?.places ?? (isCustomToolId(tool) ? [] : contextIdsOf(tool));
}
