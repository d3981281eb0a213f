import type { CustomNames } from '../i18n/names';
import type { CustomTool } from './custom-tool';

/** Names of taught tools and their places, as the mentor wrote them. */
export function customNamesOf(tools: readonly Pick<CustomTool, 'id' | 'rules'>[]): CustomNames {
  const toolNames = new Map<string, string>();
  const placeNames = new Map<string, string>();
  for (const tool of tools) {
    if (tool.rules.name) toolNames.set(tool.id, tool.rules.name);
    for (const place of tool.rules.contexts) if (place.name) placeNames.set(place.id, place.name);
  }
  return { tool: (id) => toolNames.get(id), place: (id) => placeNames.get(id) };
}
