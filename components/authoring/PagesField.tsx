import { useId, useState, type ReactNode } from 'react';
import type { ContextId, ToolId } from '@/lib/contexts/types';
import { useFollowedTab } from '../shell/FollowedTab';
import { placesOf, useNames, useToolChoices } from '../shell/TaughtTools';
import { useI18n } from '../ui/I18nProvider';

/**
 * The pages a tip is for, collapsed to the ones that apply — ticked, or where the mentor is now —
 * with the rest one click away: a tool has up to 15 pages, and their checkboxes pushed everything
 * below them out of a panel's sight. A page once shown stays shown until the tool changes (key
 * the field by tool), so unticking a box does not make it vanish.
 */
export function PagesField({ tool, contexts, onChange, error }: { tool: ToolId; contexts: string[]; onChange: (next: string[]) => void; error?: ReactNode }) {
  const { t } = useI18n();
  const names = useNames();
  const choices = useToolChoices();
  const id = useId();
  const active = useFollowedTab();
  const here = active?.detected?.tool === tool ? active.detected.contexts : [];
  const all = placesOf(choices, tool);
  const [pinned, setPinned] = useState<readonly string[]>(() => [...contexts, ...here]);
  const [expanded, setExpanded] = useState(false);
  const applies = all.filter((c) => pinned.includes(c) || contexts.includes(c) || here.includes(c));
  const shown = expanded || applies.length === 0 ? all : applies;
  const hidden = all.length - applies.length;

  const toggle = (c: ContextId, on: boolean) => {
    setPinned((p) => (p.includes(c) ? p : [...p, c]));
    onChange(on ? [...contexts, c] : contexts.filter((x) => x !== c));
  };

  return (
    <fieldset aria-describedby={`${id}-hint`} data-testid="pages-field">
      <legend>{t('field.contexts')}</legend>
      <p className="hint" id={`${id}-hint`}>
        {t('editor.contexts.hint', { tool: names.tool(tool) })}
      </p>
      <div id={`${id}-list`}>
        {shown.map((c) => (
          <label className="check" key={c}>
            <input type="checkbox" checked={contexts.includes(c)} onChange={(e) => toggle(c, e.target.checked)} />
            {names.place(c)}
          </label>
        ))}
      </div>
      {applies.length > 0 && hidden > 0 && (
        <button type="button" className="link-button" aria-expanded={expanded} aria-controls={`${id}-list`} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('editor.pages.fewer') : t('editor.pages.more', { count: hidden })}
        </button>
      )}
      {error}
    </fieldset>
  );
}
