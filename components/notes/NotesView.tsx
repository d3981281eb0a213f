import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { getDb } from '@/lib/db/db';
import { recoverDraft } from '@/lib/notes/draft-backup';
import { loadNewestNotes } from '@/lib/notes/notes';
import { NoteSearch, type NoteFilters } from '@/lib/notes/search';
import { noteKindSchema } from '@/lib/schemas/note';
import { messageOf } from '@/lib/errors/message-of';
import { useI18n } from '../ui/I18nProvider';
import { useToolChoices } from '../shell/TaughtTools';
import { NoteCard } from './NoteCard';
import { StatusLine, type StatusMessage } from './StatusLine';
import './notes.css';
import { StyleScope } from '../ui/StyleScope';

/** Notes rendered at a time (each renders its Markdown); more on request. */
const PAGE = 20;
/** The newest notes, read and indexed first: search answers from them while the rest follows. */
const FIRST_BATCH = 250;

/** Every note, with full-text search (MiniSearch) and filters: kind, tool, tag, open questions, next meeting. */
export function NotesView() {
  const { t } = useI18n();
  const choices = useToolChoices();
  const id = useId();
  const [index] = useState(() => new NoteSearch());
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<NoteFilters>({});
  const [limit, setLimit] = useState(PAGE);
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const deferredQuery = useDeferredValue(query);

  useEffect(() => {
    void recoverDraft(getDb(), localStorage).catch((error: unknown) => setMessage({ text: t('notes.recoverFailed', { message: messageOf(error) }), error: true }));
    // Once per panel, like the quick add's own recovery.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Reading and indexing every note takes a moment with thousands of them: first the newest
  // notes (a short index walk) are indexed and searchable, then everything is read and indexed.
  const newest = useLiveQuery(() => loadNewestNotes(getDb(), FIRST_BATCH), []);
  const showedNewest = newest !== undefined;
  const first = useMemo(() => {
    if (!newest) return undefined;
    index.addSome(newest);
    // Fewer than a full batch means these are all the notes there are.
    return { size: index.size, tags: index.tags(), complete: newest.length < FIRST_BATCH };
  }, [index, newest]);

  // The index follows the database: each change re-indexes only the notes that changed, in slices
  // that leave the page free to type in and to show results between them. It waits for the
  // newest notes, whose few requests would otherwise queue behind the big read.
  const all = useLiveQuery(async () => (showedNewest ? await getDb().notes.toArray() : undefined), [showedNewest]);
  const [indexed, setIndexed] = useState<{ size: number; tags: string[]; complete: boolean }>();
  useEffect(() => {
    if (!all) return;
    let stopped = false;
    void index.syncInSlices(all, { stopped: () => stopped }).then((done) => {
      if (done && !stopped) setIndexed({ size: index.size, tags: index.tags(), complete: true });
    });
    return () => {
      stopped = true;
    };
  }, [index, all]);
  const ready = indexed ?? first;
  const partial = ready !== undefined && !ready.complete;

  const results = useMemo(
    () => (ready ? index.query(deferredQuery, filters, limit) : undefined),
    [index, ready, deferredQuery, filters, limit],
  );

  const setFilter = (patch: NoteFilters) => {
    setFilters((f) => ({ ...f, ...patch }));
    setLimit(PAGE);
  };
  const filtering = query.trim() !== '' || Object.values(filters).some((v) => v !== undefined && v !== false);
  // No note at all: search and filters have nothing to work on; say how the first one is written.
  const empty = newest !== undefined && newest.length === 0;

  return (
    <StyleScope name="notes">
      <section className="notes-view" aria-labelledby={`${id}-heading`} data-testid="notes-view">
        <h1 id={`${id}-heading`} className="section-title">
          {t('notes.all.heading')}
          {ready?.complete && <span className="count">{t('notes.here.count', { count: ready.size })}</span>}
        </h1>
        <div className="notes-search" role="search" hidden={empty}>
          <label htmlFor={`${id}-q`} className="field-label">
            {t('notes.search.label')}
          </label>
          <input
            id={`${id}-q`}
            type="search"
            value={query}
            placeholder={t('notes.search.placeholder')}
            onChange={(e) => {
              setQuery(e.target.value);
              setLimit(PAGE);
            }}
          />
        </div>
        <fieldset className="notes-filters" hidden={empty}>
          <legend className="visually-hidden">{t('notes.filter.label')}</legend>
          <label>
            <span className="visually-hidden">{t('notes.kind.label')}</span>
            <select value={filters.kind ?? ''} onChange={(e) => setFilter({ kind: noteKindSchema.safeParse(e.target.value).data })}>
              <option value="">{t('notes.filter.anyKind')}</option>
              {noteKindSchema.options.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`notes.kindShort.${kind}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span className="visually-hidden">{t('notes.filter.tool')}</span>
            <select value={filters.tool ?? ''} onChange={(e) => setFilter({ tool: choices.find((c) => c.id === e.target.value)?.id })}>
              <option value="">{t('notes.filter.anyTool')}</option>
              {choices.map(({ id, name }) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span className="visually-hidden">{t('notes.filter.tag')}</span>
            <select value={filters.tag ?? ''} onChange={(e) => setFilter({ tag: e.target.value || undefined })}>
              <option value="">{t('notes.filter.anyTag')}</option>
              {ready?.tags.map((tag) => (
                <option key={tag} value={tag}>
                  #{tag}
                </option>
              ))}
            </select>
          </label>
          <label className="check">
            <input type="checkbox" checked={filters.openQuestions ?? false} onChange={(e) => setFilter({ openQuestions: e.target.checked })} />
            {t('notes.filter.openQuestions')}
          </label>
          <label className="check">
            <input type="checkbox" checked={filters.forMeeting ?? false} onChange={(e) => setFilter({ forMeeting: e.target.checked })} />
            {t('notes.filter.forMeeting')}
          </label>
        </fieldset>
        <StatusLine message={message} onDone={() => undefined} testId="notes-view-status" />
        {empty ? (
          <NotesEmpty />
        ) : results === undefined ? (
          <p className="results-count muted" role="status" data-testid="notes-preparing">
            {t('notes.preparing')}
          </p>
        ) : (
          <>
            <p className="results-count muted" aria-live="polite" data-testid={partial ? 'notes-result-count-partial' : 'notes-result-count'}>
              {partial
                ? t(filtering ? 'notes.resultsSoFar' : 'notes.newestSoFar', { count: results.total })
                : ready?.size === 0
                  ? t('notes.none')
                  : results.total === 0
                    ? t('notes.noResults')
                    : t('notes.results', { count: results.total })}{' '}
              {filtering && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    setQuery('');
                    setFilters({});
                  }}
                >
                  {t('notes.clearFilters')}
                </button>
              )}
            </p>
            <div className="note-list" data-testid="notes-results" data-query={deferredQuery} data-complete={String(!partial)}>
              {results.notes.map((note) => (
                <NoteCard key={note.id} note={note} onStatus={setMessage} />
              ))}
            </div>
            {results.total > results.notes.length && (
              <button type="button" className="secondary show-more" onClick={() => setLimit((l) => l + PAGE)}>
                {t('notes.showMore')}
              </button>
            )}
          </>
        )}
      </section>
    </StyleScope>
  );
}

/** All notes on a fresh profile: where the first note is written. */
function NotesEmpty() {
  const { t } = useI18n();
  return (
    <div className="notes-empty" data-testid="notes-empty">
      <h2>{t('notes.empty.title')}</h2>
      <p>{t('notes.empty.body')}</p>
      <ul>
        <li>{t('notes.empty.underTips')}</li>
        <li>{t('notes.empty.onPage')}</li>
      </ul>
      <a className="secondary button-link" href="#tips">
        {t('notes.empty.go')}
      </a>
    </div>
  );
}
