import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canTransition, CASE_STATUSES, FINAL_STATUSES, statusAfter, TRANSITIONS, type CaseAction, type CaseStatus } from './status.js';

const ACTIONS = Object.keys(TRANSITIONS) as CaseAction[];

/** Applies actions in order, skipping those not allowed, as the services would refuse them. */
function walk(actions: CaseAction[]): CaseStatus {
  let status: CaseStatus = 'draft';
  for (const action of actions) if (canTransition(status, action)) status = statusAfter(status, action);
  return status;
}

describe('case state machine (DOMAIN.md §4)', () => {
  it('allows withdrawal before conclusion and never after', () => {
    for (const status of CASE_STATUSES) {
      const beforeConclusion = !['concluded', 'delivered', ...FINAL_STATUSES].includes(status);
      expect(canTransition(status, 'withdraw')).toBe(beforeConclusion);
    }
  });

  it('lets a clerk only propose a refusal: refused is reached only through refusal_pending', () => {
    const into = ACTIONS.filter((a) => TRANSITIONS[a].to === 'refused');
    expect(into).toEqual(['confirmRefusal']);
    expect(TRANSITIONS.confirmRefusal.from).toEqual(['refusal_pending']);
  });

  it('leaves a final status by no action', () => {
    for (const status of FINAL_STATUSES) expect(ACTIONS.filter((a) => canTransition(status, a))).toEqual([]);
  });

  it('reaches a result only through acceptance: any action sequence reaching concluded passed in_progress', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...ACTIONS), { maxLength: 30 }), (actions) => {
      let status: CaseStatus = 'draft';
      let accepted = false;
      for (const action of actions) {
        if (!canTransition(status, action)) continue;
        status = statusAfter(status, action);
        if (status === 'in_progress') accepted = true;
        if (status === 'concluded') expect(accepted).toBe(true);
      }
    }));
  });

  it('always ends in a known status', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...ACTIONS), { maxLength: 30 }), (actions) => {
      expect(CASE_STATUSES).toContain(walk(actions));
    }));
  });
});
