import { builtinToolIds } from '@/lib/contexts/types';
import { toolName } from '@/lib/i18n/names';
import { useI18n } from '../ui/I18nProvider';
import { ToolIcon } from '../ui/ToolIcon';

/** Shown when the followed tab is not one of the supported tools. */
export function EmptyState() {
  const { t } = useI18n();
  return (
    <section className="empty" aria-labelledby="empty-title" data-testid="empty-state">
      <h1 id="empty-title">{t('panel.empty.title')}</h1>
      <p>{t('panel.empty.body')}</p>
      <ul className="tool-list">
        {builtinToolIds.map((tool) => (
          <li key={tool}>
            <ToolIcon tool={tool} size={28} />
            <span>{toolName(t, tool)}</span>
          </li>
        ))}
      </ul>
      <p className="muted">{t('panel.empty.hint')}</p>
    </section>
  );
}
