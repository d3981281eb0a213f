import { useEffect, useRef, type KeyboardEvent } from 'react';
import { getDb } from '@/lib/db/db';
import { moveAgendaItem, type AgendaItem } from '@/lib/meeting/agenda';
import type { MeetingPrep } from '@/lib/meeting/prep';
import { editAgenda } from '@/lib/meeting/tandem-store';
import { useI18n } from '../ui/I18nProvider';
import { useAnnounce } from '../ui/useAnnounce';
import { DraftNote } from '../ui/DraftNote';
import { useDraft } from '../ui/useDraft';

/** The suggested agenda with its time budget: reorder (buttons or Alt+↑/↓), change minutes, remove, add. */
export function AgendaEditor({ prep }: { prep: MeetingPrep }) {
  const { t } = useI18n();
  const [status, announce] = useAnnounce();
  const meetingId = prep.timeline.nextId;
  const items = prep.agenda;
  const focusKey = useRef<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const draft = useDraft(`agenda-new:${meetingId}`, { title: '', minutes: 5 });

  // The order the user has asked for, ahead of the database while moves are being written:
  // several quick Alt+↑ presses each build on the previous one.
  const wanted = useRef<string[] | null>(null);
  useEffect(() => {
    if (wanted.current?.join() === items.map((i) => i.key).join()) wanted.current = null;
    if (!focusKey.current) return;
    listRef.current?.querySelector<HTMLElement>(`[data-agenda-key="${CSS.escape(focusKey.current)}"]`)?.focus();
    focusKey.current = null;
  }, [items]);

  const edit = (fn: Parameters<typeof editAgenda>[2]) => editAgenda(getDb(), meetingId, fn);

  const move = async (item: AgendaItem, delta: -1 | 1) => {
    const current = wanted.current ?? items.map((i) => i.key);
    const byKey = new Map(items.map((i) => [i.key, i]));
    const order = moveAgendaItem(current.flatMap((k) => byKey.get(k) ?? []), item.key, delta);
    if (order.indexOf(item.key) === current.indexOf(item.key)) return;
    wanted.current = order;
    focusKey.current = item.key;
    await edit((d) => ({ ...d, order }));
    announce(t('agenda.moved', { title: item.title, position: order.indexOf(item.key) + 1, total: order.length }));
  };

  const remove = async (item: AgendaItem, index: number) => {
    focusKey.current = items[index + 1]?.key ?? items[index - 1]?.key ?? null;
    await edit((d) =>
      item.source === 'custom' ? { ...d, custom: d.custom.filter((c) => c.key !== item.key) } : { ...d, removed: [...new Set([...d.removed, item.key])] },
    );
    announce(t('agenda.removed', { title: item.title }));
  };

  const onKey = (e: KeyboardEvent, item: AgendaItem) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    void move(item, e.key === 'ArrowUp' ? -1 : 1);
  };

  const over = prep.agendaMinutes - prep.budget;
  return (
    <section className="card agenda" aria-labelledby="agenda-heading" data-testid="agenda">
      <div className="card-head">
        <h2 id="agenda-heading">{t('agenda.heading')}</h2>
        <span className={`budget ${over > 0 ? 'over' : ''}`} data-testid="agenda-budget">
          {t('agenda.budget', { used: prep.agendaMinutes, budget: prep.budget })}
        </span>
      </div>
      {over > 0 && <p className="warning">{t('agenda.over', { count: over })}</p>}
      {items.length === 0 && <p className="muted">{t('agenda.empty')}</p>}
      <ol className="agenda-list" ref={listRef}>
        {items.map((item, index) => (
          <li
            key={item.key}
            tabIndex={0}
            data-agenda-key={item.key}
            aria-label={`${index + 1}. ${t(`agenda.source.${item.source}`)}: ${item.title}, ${item.minutes} min`}
            aria-describedby="agenda-hint"
            onKeyDown={(e) => onKey(e, item)}
          >
            <div className="agenda-text">
              <span className={`tag tag-${item.source}`}>{t(`agenda.source.${item.source}`)}</span>
              <span className="agenda-title" data-testid="agenda-title">
                {item.title}
              </span>
            </div>
            <div className="agenda-controls">
              <label className="minutes">
                <span className="visually-hidden">{t('agenda.minutesFor', { title: item.title })}</span>
                <input
                  type="number"
                  min={0}
                  max={240}
                  value={item.minutes}
                  onChange={(e) => {
                    const minutes = Math.max(0, Math.min(240, Math.round(Number(e.target.value) || 0)));
                    void edit((d) => ({ ...d, minutes: { ...d.minutes, [item.key]: minutes } }));
                  }}
                />
                <span aria-hidden="true">min</span>
              </label>
              <button type="button" className="icon-button" aria-label={t('agenda.moveUp', { title: item.title })} disabled={index === 0} onClick={() => void move(item, -1)}>
                ↑
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={t('agenda.moveDown', { title: item.title })}
                disabled={index === items.length - 1}
                onClick={() => void move(item, 1)}
              >
                ↓
              </button>
              <button type="button" className="icon-button" aria-label={t('agenda.remove', { title: item.title })} onClick={() => void remove(item, index)}>
                ✕
              </button>
            </div>
          </li>
        ))}
      </ol>
      <p id="agenda-hint" className="muted small">
        {t('agenda.keyboardHint')}
      </p>
      <form
        className="add-point"
        onSubmit={(e) => {
          e.preventDefault();
          const title = draft.value.title.trim();
          if (!title) return;
          const key = `c:${crypto.randomUUID()}`;
          const minutes = Math.max(0, Math.min(240, Math.round(Number(draft.value.minutes) || 0)));
          void edit((d) => ({ ...d, custom: [...d.custom, { key, title, minutes }] })).then(async () => {
            await draft.reset();
            announce(t('agenda.added', { title }));
          });
        }}
      >
        <label className="grow">
          {t('agenda.newTitle')}
          <input type="text" maxLength={200} value={draft.value.title} onChange={(e) => draft.update({ title: e.target.value })} />
        </label>
        <label className="narrow">
          {t('agenda.newMinutes')}
          <input type="number" min={0} max={240} value={draft.value.minutes} onChange={(e) => draft.update({ minutes: Number(e.target.value) })} />
        </label>
        <button type="submit" className="secondary">
          {t('agenda.add')}
        </button>
        <DraftNote writeError={draft.writeError} />
      </form>
      {prep.agendaDoc && (
        <button
          type="button"
          className="link-button"
          onClick={() => void edit(() => ({ order: [], minutes: {}, removed: [], custom: [] })).then(() => announce(t('agenda.resetDone')))}
        >
          {t('agenda.reset')}
        </button>
      )}
      <p className="status-message" role="status" aria-live="polite" data-testid="agenda-status">
        {status}
      </p>
    </section>
  );
}
