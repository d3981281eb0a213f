import type { PartnerProgress } from '../schemas/tandem';
import { versionHash } from './hash';
import type { Knowledge, Synced, TableName } from './merge';

/** The key of one version of one record: table, id and content hash. */
export function versionKey(table: TableName, record: object): string {
  const id = table === 'progress' ? (record as PartnerProgress).tipId : (record as Synced).id;
  return `${table}|${id}|${versionHash(record)}`;
}

/**
 * Which versions this browser has exchanged with the partner. Sent versions count as seen by
 * the partner only once their file says they imported one of my files at least that new (the
 * `ack`): a file that was never imported changes nothing.
 */
export interface KnowledgeState {
  /** Version key → `createdAt` of my first file that carried it. */
  sent: Map<string, number>;
  /** Version keys I received from the partner. */
  received: Set<string>;
  /** `createdAt` of my newest file the partner has imported (from their files' `ack`). */
  partnerAck: number;
  /** `createdAt` of the partner's newest file I imported (my files carry it as `ack`). */
  lastImported: number | null;
}

export const emptyKnowledge = (): KnowledgeState => ({ sent: new Map(), received: new Set(), partnerAck: -1, lastImported: null });

/** The merge's view of a knowledge state. */
export function knowledgeOf(state: KnowledgeState): Knowledge {
  return {
    partnerHas: (table, record) => {
      const key = versionKey(table, record);
      return state.received.has(key) || (state.sent.get(key) ?? Infinity) <= state.partnerAck;
    },
    iHave: (table, record) => {
      const key = versionKey(table, record);
      return state.received.has(key) || state.sent.has(key);
    },
  };
}
