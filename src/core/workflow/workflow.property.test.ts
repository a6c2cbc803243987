import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { officialCalendar } from '../calendar/index.js';
import { DomainError } from '../errors.js';
import { expireOverdueBranches } from './absent-consent.js';
import { applyOperation } from './operations.js';
import { holds } from './rules.js';
import { startWorkflow } from './start.js';
import { activationTasks, applyResult, branchApproved, currentActivation, isActive, stepPassed, workflowStatus } from './state.js';
import { commandsArb, STAFF, stepsArb, type Command } from './testing/arbitraries.js';
import type { Operation, Task, WorkflowResult, WorkflowState } from './types.js';

const cal = officialCalendar();
const at = (i: number) => `2026-03-${String(2 + Math.floor(i / 4)).padStart(2, '0')}T${String(9 + (i % 4)).padStart(2, '0')}:00:00.000+08:00`;
const live = (tasks: readonly Task[], a: number) => activationTasks(tasks, a).filter((t) => t.status !== 'cancelled');

function operationOf(c: Command, state: WorkflowState, task: Task): Operation {
  const reason = c.blankReason ? ' ' : '理由';
  const to = STAFF[c.target]!;
  const earlier = Math.max(0, state.steps.findIndex((s) => s.key === task.stepKey) - 1 - (c.target % 2));
  switch (c.op) {
    case 'return': return { kind: 'return', opinion: reason, toStepKey: state.steps[earlier]!.key };
    case 'deny': return { kind: 'deny', opinion: reason };
    case 'transfer': case 'delegate': case 'add_signer': return { kind: c.op, to };
    default: return { kind: c.op as 'claim' | 'approve' | 'withdraw' };
  }
}

/** Checks every invariant of one successful step from `before` to `after`. */
function checkStep(before: WorkflowState, result: WorkflowResult, after: WorkflowState, c: Command, target: Task | null): void {
  const was = new Map(before.tasks.map((t) => [t.id, t]));
  for (const t of result.update) {
    const old = was.get(t.id)!;
    expect(old.status).not.toBe('cancelled'); // a cancelled task never changes again, let alone reopens
    if (old.status === 'done') {
      // No task is completed twice: a done task only ever becomes a withdrawn (cancelled) approval, record kept.
      expect(c.op).toBe('withdraw');
      expect(t).toEqual({ ...old, status: 'cancelled' });
    }
  }
  const current = currentActivation(after.tasks);
  expect(after.tasks.filter(isActive).every((t) => t.activation === current)).toBe(true);
  const status = workflowStatus(after);
  const prev = workflowStatus(before);
  expect(result.outcome.kind === 'concluded').toBe(status.kind === 'concluded' && prev.kind !== 'concluded');
  const outcome = result.outcome;
  if (outcome.kind === 'returned') {
    // After a return to step k, nothing outside step k's new activation is active, and k has fresh pool tasks.
    const fresh = after.tasks.filter(isActive);
    expect(fresh.length).toBe(result.insert.length);
    expect(fresh.every((t) => t.stepKey === outcome.toStepKey && t.status === 'open' && t.kind === 'step'
      && t.assigneeId === null && t.stepStartedOn === t.createdOn)).toBe(true);
  }
  const moved = prev.kind === 'running' && (status.kind === 'concluded' ? status.result === 'granted' : status.kind === 'running' && status.stepIndex > prev.stepIndex);
  if (prev.kind === 'running' && moved) {
    expect(['approve', 'expire']).toContain(c.op);
    const step = before.steps[prev.stepIndex]!;
    const tasks = live(after.tasks, prev.activation);
    expect(stepPassed(step, tasks)).toBe(true);
    // An all join (会签) never moves on with a branch unapproved (consent counts: 缺席默认).
    if (step.kind === 'parallel' && step.join !== 'any') step.branches!.forEach((_, i) => expect(branchApproved(tasks, i)).toBe(true));
  }
  if (c.op === 'withdraw' && target && target.activation < currentActivation(before.tasks)) {
    expect(live(before.tasks, currentActivation(before.tasks)).every((t) => t.status === 'open')).toBe(true);
  }
}

/** A granted case passed every step in order: each step's latest activation passed, activations increasing. */
function checkGranted(state: WorkflowState): void {
  const latest = state.steps.map((s) => Math.max(0, ...state.tasks.filter((t) => t.stepKey === s.key && t.status !== 'cancelled').map((t) => t.activation)));
  latest.forEach((a, i) => {
    expect(a).toBeGreaterThan(i === 0 ? 0 : latest[i - 1]!);
    expect(stepPassed(state.steps[i]!, live(state.tasks, a))).toBe(true);
  });
}

describe('workflow properties (random steps, random operations by random actors)', () => {
  it('holds every invariant of docs/workflow.md', () => {
    const seen = new Map<string, number>();
    const count = (key: string) => seen.set(key, (seen.get(key) ?? 0) + 1);
    fc.assert(fc.property(stepsArb, commandsArb, (steps, commands) => {
      let seq = 0;
      const newId = () => `t${++seq}`;
      let state: WorkflowState = { steps, tasks: [] };
      state = applyResult(state, startWorkflow(steps, at(0), newId));
      let conclusions = 0;
      commands.forEach((c, i) => {
        const now = at(i + 1);
        const pool = c.op === 'withdraw' ? state.tasks.filter((t) => t.status === 'done') : state.tasks.filter(isActive);
        const target = pool.length > 0 ? pool[c.task % pool.length]! : state.tasks[c.task % state.tasks.length]!;
        const holder = STAFF.find((m) => (c.op === 'withdraw' ? m.userId === target.completedBy : holds(m, target)));
        const actor = c.holder && holder ? holder : STAFF[c.actor]!;
        const concludedBefore = workflowStatus(state).kind === 'concluded';
        const wasTooLate = c.op === 'withdraw' && target.activation < currentActivation(state.tasks)
          && live(state.tasks, currentActivation(state.tasks)).some((t) => t.status === 'claimed' || t.status === 'done');
        let result: WorkflowResult;
        try {
          result = c.op === 'expire'
            ? expireOverdueBranches(state, `2026-06-01T09:00:00.000+08:00`, cal, newId)
            : applyOperation(state, target.id, operationOf(c, state, target), actor, now, newId);
        } catch (e) {
          if (!(e instanceof DomainError) || !e.code.startsWith('workflow.')) throw e;
          return;
        }
        // Once concluded, nothing changes; withdraw is refused once the next step has any task claimed or done.
        if (concludedBefore) expect(result.insert.length + result.update.length).toBe(0);
        expect(wasTooLate).toBe(false);
        const after = applyResult(state, result);
        checkStep(state, result, after, c, target);
        if (result.outcome.kind === 'concluded') conclusions += 1;
        count(`${c.op}:${result.outcome.kind === 'concluded' ? result.outcome.result : result.outcome.kind}`);
        state = after;
      });
      expect(conclusions).toBeLessThanOrEqual(1);
      const final = workflowStatus(state);
      if (final.kind === 'concluded' && final.result === 'granted') checkGranted(state);
    }), { numRuns: 2000 });
    // Not vacuous: the random runs reach every kind of outcome.
    for (const key of ['approve:granted', 'deny:denied', 'return:returned', 'withdraw:continue', 'expire:continue', 'add_signer:continue', 'delegate:continue', 'transfer:continue']) {
      expect(seen.get(key) ?? 0, key).toBeGreaterThan(20);
    }
  });
});
