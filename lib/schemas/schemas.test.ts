import { describe, expect, it } from 'vitest';
import { aNote, aTip } from '../../test/builders';
import { buildStarterPack } from '../packs/starter-pack';
import { goalSchema } from './goal';
import { meetingSchema } from './meeting';
import { noteSchema } from './note';
import { packSchema } from './pack';
import { progressSchema } from './progress';
import { tipSchema } from './tip';

const roundTrip = <T>(schema: { parse(v: unknown): T }, value: T) => schema.parse(JSON.parse(JSON.stringify(value)));

describe('schemas', () => {
  it('round-trips every record type through JSON unchanged', () => {
    const { pack, tips } = buildStarterPack();
    for (const tip of [aTip(), ...tips]) expect(roundTrip(tipSchema, tip)).toEqual(tip);
    expect(roundTrip(packSchema, pack)).toEqual(pack);
    const note = aNote({ kind: 'question', tool: 'excel', context: 'excel.formulas', quote: 'SVERWEIS', forMeeting: true });
    expect(roundTrip(noteSchema, note)).toEqual(note);
    const progress = { tipId: 'tip-1', status: 'tried' as const, helpful: true, lastSeenAt: 5, updatedAt: 5 };
    expect(roundTrip(progressSchema, progress)).toEqual(progress);
    const goal = { id: 'g1', title: 'First LinkedIn post', measure: 'posts', target: 1, current: 0, dueDate: '2026-12-31', status: 'active' as const, createdAt: 1, updatedAt: 1 };
    expect(roundTrip(goalSchema, goal)).toEqual(goal);
    const meeting = { id: 'm1', scheduledAt: 10, summary: '', nextSteps: '', feedback: { mentee: { rating: 5, line: 'Great' } }, createdAt: 1, updatedAt: 1 };
    expect(roundTrip(meetingSchema, meeting)).toEqual(meeting);
  });

  it('rejects tips that break the card rules, naming the field', () => {
    const cases: [Partial<ReturnType<typeof aTip>>, string][] = [
      [{ title: 'x'.repeat(71) }, 'title'],
      [{ steps: [] }, 'steps'],
      [{ steps: ['1', '2', '3', '4', '5', '6'] }, 'steps'],
      [{ minutes: 0 }, 'minutes'],
      [{ contexts: ['linkedin.feed', 'javascript:alert(1)' as never] }, 'contexts'],
      [{ tool: 'facebook' as never }, 'tool'],
      [{ id: 'has spaces' }, 'id'],
    ];
    for (const [override, field] of cases) {
      const result = tipSchema.safeParse(aTip(override));
      expect(result.success, field).toBe(false);
      expect(result.error?.issues[0]?.path[0], field).toBe(field);
    }
  });
});
