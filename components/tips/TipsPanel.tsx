import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import type { DetectedContext } from '@/lib/contexts/types';
import { getDb } from '@/lib/db/db';
import { ensureBuiltinPack } from '@/lib/db/seed';
import { loadTipsFor } from '@/lib/tips/query';
import { useI18n } from '../ui/I18nProvider';
import { OnDemand } from '../ui/OnDemand';
import { ContextHeader } from './ContextHeader';
import { EmptyState } from './EmptyState';
import { TipList } from './TipList';
import type { RankedTip } from '@/lib/tips/rank';
import { useFollowedTab } from '../shell/FollowedTab';
import { AutoTriedNotice } from '../review/AutoTriedNotice';
import { useSettings } from '../shell/SettingsProvider';
import { useTaughtTools } from '../shell/TaughtTools';
import { LOCAL_PACK_ID } from '@/lib/packs/pack-ids';
import { listenForCaptures } from '../notes/captured';

// An opened tip renders Markdown (react-markdown and its parser): loaded when a tip is opened, so
// the list of tips, the panel's first screen, does not wait for it.
const loadTipDetail = () => import('./TipDetail');
// The notes below the tips render Markdown too: their code loads once the tips are there (both
// read the database and parsing the Markdown code would hold the tips up).
const loadContextNotes = () => import('../notes/ContextNotes');
// Mentors' "Why this page?" (rule explanations, diagnostics file): loaded only for mentors.
const loadWhyThisPage = () => import('./WhyThisPage');
// Mentors teaching a tool Tandem Tips does not know, and its places: loaded only for them.
const loadTeachTool = () => import('../teach/TeachTool');
const loadPlacesEditor = () => import('../teach/PlacesEditor');

/** When the panel checks the built-in starter pack is installed (the background normally has). */
const STARTER_PACK_CHECK_DELAY_MS = 4000;

/** The side panel's main view: where you are, and the tips for it. */
export function TipsPanel() {
  const { t } = useI18n();
  const active = useFollowedTab();
  const { settings } = useSettings();
  const taughtTools = useTaughtTools();

  // Here, not in the notes below the tips: those remount on every change of place.
  useEffect(() => listenForCaptures(), []);

  useEffect(() => {
    // The background seeds on install; this covers a panel opened before it finished. Loaded on
    // demand a few seconds in: the bundled lessons, their validation and the database writes stay
    // out of the way of the tips and notes the panel opens with.
    const timer = setTimeout(
      () =>
        void import('@/lib/packs/starter-pack')
          .then(({ buildStarterPack }) => ensureBuiltinPack(getDb(), buildStarterPack()))
          // The background installs the lessons too (on install and start); this is only a second chance.
          .catch(() => undefined),
      STARTER_PACK_CHECK_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, []);

  const detected = active?.detected ?? null;
  const contextKey = detected ? `${detected.tool}|${detected.contexts.join()}` : '';
  // While "show me" walks a tip's steps, doing a step may move the page to another place (a dialog
  // opens): the tip stays open there instead of the new place's list, also once the walk ends there
  // (the mentee answers "I tried it" next), until the page moves on again.
  const [walk, setWalk] = useState<{ key: string; endedAt?: string } | null>(null);
  const contextKeyRef = useRef(contextKey);
  useEffect(() => {
    contextKeyRef.current = contextKey;
  });
  // The page moved on after the walk ended: back to keying by place.
  if (walk && walk.endedAt !== undefined && walk.endedAt !== contextKey) setWalk(null);
  const listKey = walk && (walk.endedAt === undefined || walk.endedAt === contextKey) ? walk.key : contextKey;
  const listKeyRef = useRef(listKey);
  useEffect(() => {
    listKeyRef.current = listKey;
  });
  if (active === undefined) {
    return (
      <p className="muted" role="status">
        {t('panel.loading')}
      </p>
    );
  }
  const why =
    settings.role !== 'mentee' && active.tabId !== null && active.url !== null ? (
      <OnDemand load={loadWhyThisPage}>{({ WhyThisPage }) => <WhyThisPage key={active.tabId} tabId={active.tabId!} detected={detected} />}</OnDemand>
    ) : null;
  const mentor = settings.role !== 'mentee';
  if (!detected)
    return (
      <>
        <EmptyState />
        {mentor && <OnDemand load={loadTeachTool}>{({ TeachTool }) => <TeachTool key={active.tabId} url={active.url} />}</OnDemand>}
        {why}
      </>
    );
  // The mentor who taught the tool open here adds its places right where they are.
  const mine = mentor ? taughtTools?.find((tool) => tool.id === detected.tool && tool.packId === LOCAL_PACK_ID) : undefined;

  return (
    <>
      <ContextHeader detected={detected} />
      {mine && <OnDemand load={loadPlacesEditor}>{({ PlacesEditor }) => <PlacesEditor key={mine.id} tool={mine} active={active} />}</OnDemand>}
      {why}
      <AutoTriedNotice />
      {/* Keyed by context: a new place starts at its list, not at the tip opened elsewhere (unless its steps are being walked). */}
      <TipsForContext
        key={listKey}
        detected={detected}
        onWalking={(walking) =>
          setWalk((w) => (walking ? { key: listKeyRef.current } : w && { key: w.key, endedAt: contextKeyRef.current }))
        }
      />
    </>
  );
}

interface ForContextProps {
  detected: DetectedContext;
  /** A walk through the open tip's steps began or ended. */
  onWalking: (walking: boolean) => void;
}

function TipsForContext({ detected, onWalking }: ForContextProps) {
  const { t } = useI18n();
  const [openTipId, setOpenTipId] = useState<string | null>(null);
  // The tip whose steps "show me" walks, as it was when the walk began.
  const [walked, setWalked] = useState<RankedTip | null>(null);
  const [lastOpened, setLastOpened] = useState<string | null>(null);
  const result = useLiveQuery(() => loadTipsFor(getDb(), detected), [detected]);
  // The mentee's notes for this place (and the open tip) sit below the tips, loaded on their own.
  const notes = (
    <OnDemand load={loadContextNotes}>{({ ContextNotes }) => <ContextNotes detected={detected} tipId={openTipId} />}</OnDemand>
  );
  // The notes wait for the tips: both read the database, and the tips are what the panel is for.
  if (result === undefined) {
    return (
      <p className="muted" role="status">
        {t('panel.loading')}
      </p>
    );
  }
  // A walked tip that is not for the new place stays open until the walk ends.
  const found = openTipId ? result.ranked.find((r) => r.tip.id === openTipId) : undefined;
  const open = found ?? (walked?.tip.id === openTipId ? walked : undefined);
  const walk = (on: boolean) => {
    setWalked(on ? (open ?? null) : null);
    onWalking(on);
  };
  const onOpen = (id: string) => {
    setOpenTipId(id);
    setLastOpened(id);
  };
  if (open) {
    return (
      <>
        <OnDemand
          load={loadTipDetail}
          fallback={
            <p className="muted" role="status">
              {t('panel.loading')}
            </p>
          }
        >
          {({ TipDetail }) => (
            <TipDetail
              ranked={open}
              onWalking={walk}
              onClose={() => {
                walk(false);
                setOpenTipId(null);
              }}
            />
          )}
        </OnDemand>
        {notes}
      </>
    );
  }
  return (
    <>
      <TipList result={result} tool={detected.tool} onOpen={onOpen} lastOpened={lastOpened} />
      {notes}
    </>
  );
}
