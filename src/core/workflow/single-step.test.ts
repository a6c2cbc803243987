import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { CaseRun, decide, member, review } from './testing/harness.js';

const h1 = member('h1', 'd1');
const h2 = member('h2', 'd1');
const a1 = member('a1', 'd1', 'approver');
const outsider = member('x', 'd9');
const code = (fn: () => unknown): string => {
  try { fn(); } catch (e) { return e instanceof DomainError ? e.code : String(e); }
  return 'no error';
};

describe('single task steps (docs/workflow.md rows S-*)', () => {
  it('S-claim: a pool task is claimed by one member; others of the pool can no longer act on it', () => {
    const run = new CaseRun([review('r'), decide('d')]);
    const t = run.seat('r');
    expect(t.assigneeId).toBeNull();
    run.do(t.id, { kind: 'claim' }, h1);
    expect(run.task(t.id)).toMatchObject({ status: 'claimed', assigneeId: 'h1' });
    expect(code(() => run.do(t.id, { kind: 'claim' }, h1))).toBe('workflow.already_claimed');
    expect(code(() => run.do(t.id, { kind: 'approve' }, h2))).toBe('workflow.not_assignee');
    expect(code(() => run.do(t.id, { kind: 'claim' }, outsider))).toBe('workflow.not_assignee');
  });

  it('S-approve: approving moves on to the next step with fresh pool tasks; the last approval concludes granted', () => {
    const run = new CaseRun([review('r'), decide('d')]);
    // A pool member may complete without claiming first (API.md: the assignee or a pool member).
    expect(run.do(run.seat('r').id, { kind: 'approve', opinion: '材料齐全' }, h1)).toEqual({ kind: 'continue' });
    const next = run.seat('d');
    expect(next).toMatchObject({ status: 'open', assigneeId: null, activation: 2, role: 'approver' });
    expect(run.do(next.id, { kind: 'approve' }, a1)).toEqual({ kind: 'concluded', result: 'granted' });
    expect(run.status()).toEqual({ kind: 'concluded', result: 'granted' });
    expect(code(() => run.do(next.id, { kind: 'withdraw' }, a1))).toBe('workflow.concluded');
  });

  it('S-return: the target step starts afresh (new activation, fresh pool task); nothing after it stays active', () => {
    const run = new CaseRun([review('r'), review('r2'), decide('d')]);
    run.do(run.seat('r').id, { kind: 'approve' }, h1);
    run.do(run.seat('r2').id, { kind: 'approve' }, h1);
    const d = run.seat('d');
    expect(run.do(d.id, { kind: 'return', opinion: '需补充现场核查', toStepKey: 'r' }, a1)).toEqual({ kind: 'returned', toStepKey: 'r' });
    expect(run.task(d.id)).toMatchObject({ status: 'done', decision: 'return', returnTo: 'r', opinion: '需补充现场核查' });
    expect(run.active().map((t) => [t.stepKey, t.status, t.activation])).toEqual([['r', 'open', 4]]);
    expect(run.status()).toMatchObject({ kind: 'running', stepKey: 'r', activation: 4 });
  });

  it('S-return refusals: a reason is required, and only an earlier step is a target', () => {
    const run = new CaseRun([review('r'), decide('d')]);
    const r = run.seat('r');
    expect(code(() => run.do(r.id, { kind: 'return', opinion: 'x', toStepKey: 'r' }, h1))).toBe('workflow.invalid_return_target');
    run.do(r.id, { kind: 'approve' }, h1);
    const d = run.seat('d');
    expect(code(() => run.do(d.id, { kind: 'return', opinion: '  ', toStepKey: 'r' }, a1))).toBe('workflow.reason_required');
    expect(code(() => run.do(d.id, { kind: 'return', opinion: 'x', toStepKey: 'd' }, a1))).toBe('workflow.invalid_return_target');
    expect(code(() => run.do(d.id, { kind: 'return', opinion: 'x', toStepKey: 'nope' }, a1))).toBe('workflow.invalid_return_target');
    expect(run.task(d.id).status).toBe('open');
  });

  it('S-deny: a decide step concludes the case denied, with the reason; a review step may not deny', () => {
    const run = new CaseRun([review('r'), decide('d'), review('after')]);
    const r = run.seat('r');
    expect(code(() => run.do(r.id, { kind: 'deny', opinion: '不符合条件' }, h1))).toBe('workflow.deny_not_allowed');
    run.do(r.id, { kind: 'approve' }, h1);
    const d = run.seat('d');
    expect(code(() => run.do(d.id, { kind: 'deny', opinion: '' }, a1))).toBe('workflow.reason_required');
    expect(run.do(d.id, { kind: 'deny', opinion: '不符合法定条件' }, a1)).toEqual({ kind: 'concluded', result: 'denied' });
    expect(run.active()).toEqual([]);
    expect(run.status()).toEqual({ kind: 'concluded', result: 'denied' });
  });

  it('S-deny cancels the open signer of the deciding step', () => {
    const run = new CaseRun([decide('d')]);
    const d = run.seat('d');
    run.do(d.id, { kind: 'add_signer', to: member('boss', 'd1', 'approver') }, a1);
    run.do(d.id, { kind: 'deny', opinion: '不符合法定条件' }, a1);
    expect(run.state.tasks.filter((t) => t.kind === 'signer').map((t) => t.status)).toEqual(['cancelled']);
  });

  it('S-backup: a backup acts on the absent principal\'s task, recorded as on behalf (AB岗)', () => {
    const run = new CaseRun([review('r'), decide('d')]);
    const r = run.seat('r');
    run.do(r.id, { kind: 'claim' }, h1);
    const backup = { ...member('b1', 'd2'), onBehalfOf: h1 };
    run.do(r.id, { kind: 'approve' }, backup);
    expect(run.task(r.id)).toMatchObject({ status: 'done', completedBy: 'b1', onBehalfOf: 'h1', assigneeId: 'h1' });
  });

  it('a closed task refuses every further operation', () => {
    const run = new CaseRun([review('r'), decide('d')]);
    const r = run.seat('r');
    run.do(r.id, { kind: 'approve' }, h1);
    expect(code(() => run.do(r.id, { kind: 'approve' }, h1))).toBe('workflow.task_closed');
    expect(code(() => run.do('missing', { kind: 'approve' }, h1))).toBe('workflow.task_not_found');
  });

  it('a workflow needs steps, each staffed', () => {
    expect(code(() => new CaseRun([]))).toBe('workflow.invalid_steps');
    expect(code(() => new CaseRun([{ ...review('r'), departmentId: undefined }]))).toBe('workflow.invalid_steps');
  });
});
