import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import type { ContextId, ToolId } from '@/lib/contexts/types';
import { getDb } from '@/lib/db/db';
import { deleteMyTip, duplicateTip, listMyTips, type TipFilter } from '@/lib/authoring/my-tips';
import { exportMyPack } from '@/lib/packs/export-pack';
import { showMeLocatorOf } from '@/lib/tips/show-me';
import { TITLE_MAX, type Tip } from '@/lib/schemas/tip';
import { useI18n } from '../ui/I18nProvider';
import { placesOf, useNames, useToolChoices } from '../shell/TaughtTools';
import { useMe } from './useMe';
import '../ui/forms.css';
import { downloadJson } from '../ui/download';
import { messageOf } from '@/lib/errors/message-of';
import { StyleScope } from '../ui/StyleScope';


/** "My tips": the tips I wrote, filterable by tool and page; edit, duplicate, delete, export. */
export function MyTipsView() {
  const { t } = useI18n();
  const choices = useToolChoices();
  const names = useNames();
  const me = useMe();
  const [tool, setTool] = useState<ToolId | ''>('');
  const [context, setContext] = useState<ContextId | ''>('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const filter: TipFilter = { ...(tool ? { tool } : {}), ...(context ? { context } : {}) };
  const tips = useLiveQuery(() => listMyTips(getDb(), filter), [tool, context]);

  const run = async (action: () => Promise<string>) => {
    try {
      setMessage(await action());
    } catch (error) {
      setMessage(t('error.generic', { message: messageOf(error) }));
    }
  };

  const exportTips = () =>
    run(async () => {
      const { file, fileName, count } = await exportMyPack(getDb(), me, filter);
      downloadJson(fileName, `${JSON.stringify(file, null, 2)}\n`);
      return t('mytips.exported', { count, file: fileName });
    });

  return (
    <StyleScope name="forms">
      <section aria-labelledby="mytips-heading" className="my-tips">
        <h1 id="mytips-heading" ref={headingRef} tabIndex={-1}>
          {t('mytips.heading')} {tips && <span className="count">{t('mytips.count', { count: tips.length })}</span>}
        </h1>
        <fieldset className="row">
          <legend className="visually-hidden">{t('mytips.filter')}</legend>
          <div className="field">
            <label htmlFor="filter-tool">{t('mytips.filter.tool')}</label>
            <select
              id="filter-tool"
              value={tool}
              onChange={(e) => {
                setTool(choices.find((c) => c.id === e.target.value)?.id ?? '');
                setContext('');
              }}
            >
              <option value="">{t('mytips.filter.all')}</option>
              {choices.map(({ id, name }) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-context">{t('mytips.filter.context')}</label>
            <select id="filter-context" value={context} disabled={!tool} onChange={(e) => setContext((e.target.value as ContextId) || '')}>
              <option value="">{t('mytips.filter.all')}</option>
              {tool &&
                placesOf(choices, tool).map((id) => (
                  <option key={id} value={id}>
                    {names.place(id)}
                  </option>
                ))}
            </select>
          </div>
        </fieldset>

        {tips === undefined ? (
          <p className="muted" role="status">
            {t('panel.loading')}
          </p>
        ) : tips.length === 0 ? (
          <p className="muted">{tool ? t('mytips.emptyFiltered') : t('mytips.empty')}</p>
        ) : (
          <ul className="list" data-testid="my-tips" style={{ marginTop: 12 }}>
            {tips.map((tip) => (
              <MyTip
                key={tip.id}
                tip={tip}
                confirming={confirming === tip.id}
                onAskDelete={() => setConfirming(tip.id)}
                onCancelDelete={() => setConfirming(null)}
                onDelete={() => {
                  setConfirming(null);
                  void run(async () => {
                    await deleteMyTip(getDb(), tip.id, me);
                    headingRef.current?.focus();
                    return t('mytips.deleted', { title: tip.title });
                  });
                }}
                onDuplicate={() =>
                  void run(async () => {
                    const title = t('mytips.copyTitle', { title: tip.title }).slice(0, TITLE_MAX);
                    await duplicateTip(getDb(), tip.id, title, me);
                    return t('mytips.duplicated', { title });
                  })
                }
              />
            ))}
          </ul>
        )}

        <div className="section">
          <div className="actions">
            <button type="button" className="primary" disabled={!tips || tips.length === 0} onClick={() => void exportTips()}>
              {t('mytips.export', { count: tips?.length ?? 0 })}
            </button>
          </div>
          <p className="hint">{t('mytips.exportHint')}</p>
        </div>
        <p className="status-message" role="status" aria-live="polite" data-testid="mytips-status">
          {message}
        </p>
      </section>
    </StyleScope>
  );
}

interface MyTipProps {
  tip: Tip;
  confirming: boolean;
  onAskDelete: () => void;
  onCancelDelete: () => void;
  onDelete: () => void;
  onDuplicate: () => void;
}

function MyTip({ tip, confirming, onAskDelete, onCancelDelete, onDelete, onDuplicate }: MyTipProps) {
  const { t } = useI18n();
  const names = useNames();
  const where = tip.contexts.length > 0 ? `${names.tool(tip.tool)} › ${tip.contexts.map((c) => names.place(c)).join(', ')}` : t('mytips.anywhere', { tool: names.tool(tip.tool) });
  return (
    <li className="card" data-my-tip={tip.id}>
      <div className="list-title" lang={tip.lang}>
        {tip.title}
        {showMeLocatorOf(tip) && <span className="badge">{t('mytips.hasElement')}</span>}
      </div>
      <div className="meta">{where}</div>
      {confirming ? (
        <div className="actions" role="group" aria-label={t('mytips.confirmDelete', { title: tip.title })} style={{ marginTop: 8 }}>
          <p style={{ margin: 0, flexBasis: '100%' }}>{t('mytips.confirmDelete', { title: tip.title })}</p>
          <button type="button" className="danger" onClick={onDelete}>
            {t('mytips.confirm')}
          </button>
          <button type="button" className="secondary" onClick={onCancelDelete} autoFocus>
            {t('mytips.keep')}
          </button>
        </div>
      ) : (
        <div className="actions" role="group" aria-label={t('mytips.actions', { title: tip.title })} style={{ marginTop: 8 }}>
          <a className="secondary" href={`#write/${encodeURIComponent(tip.id)}`} style={{ textDecoration: 'none' }}>
            {t('mytips.edit')}
          </a>
          <button type="button" className="secondary" onClick={onDuplicate}>
            {t('mytips.duplicate')}
          </button>
          <button type="button" className="link-button" onClick={onAskDelete}>
            {t('mytips.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
