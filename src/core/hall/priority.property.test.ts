import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLocalDate } from '../calendar/index.js';
import { aheadOf, ageOn, callRank, compareForCall, orderForCall, priorityFor, type Queued } from './priority.js';
import { TICKET_PRIORITIES } from './types.js';

const RUNS = { numRuns: 500 };
const NOW = '2026-03-02T03:00:00.000Z';
const AGING = 30;
const start = Date.parse('2026-03-02T00:30:00.000Z');

const ticket = fc.record({
  priority: fc.constantFrom(...TICKET_PRIORITIES),
  // Taken between 08:30 and 11:00 local, so some ordinary tickets have aged by NOW (11:00) and some not.
  offsetMinutes: fc.integer({ min: 0, max: 150 }),
});
const queue = fc.array(ticket, { minLength: 0, maxLength: 40 }).map((specs): Queued[] => specs.map((s, i) => ({
  id: `t${String(i).padStart(3, '0')}`, priority: s.priority, seq: i + 1,
  queuedAt: new Date(start + s.offsetMinutes * 60_000).toISOString(),
})));

describe('calling order properties', () => {
  it('is a total order: antisymmetric, and sorting twice changes nothing', () => {
    fc.assert(fc.property(queue, (tickets) => {
      for (const a of tickets) for (const b of tickets) {
        expect(Math.sign(compareForCall(a, b, NOW, AGING))).toBe(-Math.sign(compareForCall(b, a, NOW, AGING)) || 0);
      }
      const once = orderForCall(tickets, NOW, AGING);
      expect(orderForCall(once, NOW, AGING)).toEqual(once);
      expect(orderForCall([...tickets].reverse(), NOW, AGING)).toEqual(once);
    }), RUNS);
  });

  it('calls every priority or aged ticket before any fresh ordinary one', () => {
    fc.assert(fc.property(queue, (tickets) => {
      const ranks = orderForCall(tickets, NOW, AGING).map((t) => callRank(t, NOW, AGING));
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    }), RUNS);
  });

  it('is first come, first called within a rank', () => {
    fc.assert(fc.property(queue, (tickets) => {
      const ordered = orderForCall(tickets, NOW, AGING);
      for (let i = 1; i < ordered.length; i += 1) {
        const [a, b] = [ordered[i - 1]!, ordered[i]!];
        if (callRank(a, NOW, AGING) === callRank(b, NOW, AGING)) expect(Date.parse(a.queuedAt)).toBeLessThanOrEqual(Date.parse(b.queuedAt));
      }
    }), RUNS);
  });

  it('counts as ahead exactly the tickets before it in the calling order', () => {
    fc.assert(fc.property(queue, (tickets) => {
      const ordered = orderForCall(tickets, NOW, AGING);
      ordered.forEach((t, i) => expect(aheadOf(t, tickets, NOW, AGING)).toBe(i));
    }), RUNS);
  });

  it('an ordinary ticket ranks with priority ones once it has waited agingMinutes', () => {
    const fresh: Queued = { id: 'a', priority: 'none', seq: 1, queuedAt: '2026-03-02T02:31:00.000Z' };
    const aged: Queued = { ...fresh, queuedAt: '2026-03-02T02:30:00.000Z' };
    expect(callRank(fresh, NOW, AGING)).toBe(0);
    expect(callRank(aged, NOW, AGING)).toBe(1);
  });
});

describe('the priority of a new ticket', () => {
  const today = parseLocalDate('2026-03-02');
  const claim = { appointment: false, today, elderlyAge: 60 };

  it('names the strongest reason: appointment, then disability, then age', () => {
    expect(priorityFor({ ...claim, appointment: true, declared: 'disabled' })).toBe('appointment');
    expect(priorityFor({ ...claim, declared: 'disabled' })).toBe('disabled');
    expect(priorityFor({ ...claim, declared: 'elderly' })).toBe('elderly');
    expect(priorityFor(claim)).toBe('none');
  });

  it('is elderly from the 60th birthday on (周岁, 老年人权益保障法 Art. 2)', () => {
    expect(priorityFor({ ...claim, birthDate: parseLocalDate('1966-03-02') })).toBe('elderly');
    expect(priorityFor({ ...claim, birthDate: parseLocalDate('1966-03-03') })).toBe('none');
    expect(ageOn(parseLocalDate('1966-03-03'), today)).toBe(59);
  });
});
