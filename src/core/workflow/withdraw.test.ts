import { describe, expect, it } from 'vitest';
import { CaseRun, decide, errorCode as code, member, parallel, review } from './testing/harness.js';

const h = (d: string, n = 1) => member(`${d}-h${n}`, d);
const a1 = member('a1', 'd1', 'approver');

describe('withdraw (docs/workflow.md rows W-*)', () => {
  it('W-single: while the next task is untouched, the approver takes the task back and the next step is cancelled', () => {
    const run = new CaseRun([review('r'), decide('d')]);
    const r = run.seat('r');
    run.do(r.id, { kind: 'approve' }, h('d1'));
    const d = run.seat('d');
    expect(code(() => run.do(r.id, { kind: 'withdraw' }, h('d1', 2)))).toBe('workflow.withdraw_refused');
    run.do(r.id, { kind: 'withdraw', opinion: '意见有误' }, h('d1'));
    expect(run.task(r.id)).toMatchObject({ status: 'cancelled', decision: 'approve', completedBy: 'd1-h1' });
    expect(run.task(d.id).status).toBe('cancelled');
    expect(run.active()).toMatchObject([{ stepKey: 'r', status: 'claimed', assigneeId: 'd1-h1', activation: 1, causedBy: r.id }]);
    expect(run.status()).toMatchObject({ kind: 'running', stepKey: 'r', activation: 1 });
  });

  it('W-too-late: once a next task is claimed (or done), the approval stands', () => {
    const run = new CaseRun([review('r'), decide('d'), review('z')]);
    const r = run.seat('r');
    run.do(r.id, { kind: 'approve' }, h('d1'));
    run.do(run.seat('d').id, { kind: 'claim' }, a1);
    expect(code(() => run.do(r.id, { kind: 'withdraw' }, h('d1')))).toBe('workflow.withdraw_too_late');
    run.do(run.seat('d').id, { kind: 'approve' }, a1);
    expect(code(() => run.do(r.id, { kind: 'withdraw' }, h('d1')))).toBe('workflow.withdraw_too_late');
  });

  it('W-refused: only an approval can be withdrawn; not a return, and not after a return', () => {
    const run = new CaseRun([review('r'), review('r2'), decide('d')]);
    const r = run.seat('r');
    run.do(r.id, { kind: 'approve' }, h('d1'));
    const r2 = run.seat('r2');
    run.do(r2.id, { kind: 'return', opinion: '退回', toStepKey: 'r' }, h('d1'));
    expect(code(() => run.do(r2.id, { kind: 'withdraw' }, h('d1')))).toBe('workflow.withdraw_refused');
    expect(code(() => run.do(r.id, { kind: 'withdraw' }, h('d1')))).toBe('workflow.withdraw_too_late');
  });

  it('W-all before the join: the own branch reopens; votes of the other branches stand', () => {
    const run = new CaseRun([parallel('p', ['d1', 'd2', 'd3'], 'all'), decide('d')]);
    const b0 = run.seat('p', 0);
    run.do(b0.id, { kind: 'approve' }, h('d1'));
    run.do(run.seat('p', 1).id, { kind: 'approve' }, h('d2'));
    run.do(b0.id, { kind: 'withdraw' }, h('d1'));
    expect(run.active().map((t) => [t.branchIndex, t.status])).toEqual([[2, 'open'], [0, 'claimed']]);
    run.do(run.seat('p', 2).id, { kind: 'approve' }, h('d3'));
    expect(run.active().map((t) => t.stepKey)).toEqual(['p']);
  });

  it('W-all after the join: the next step is cancelled and only the own branch reopens', () => {
    const run = new CaseRun([parallel('p', ['d1', 'd2'], 'all'), decide('d')]);
    run.do(run.seat('p', 0).id, { kind: 'approve' }, h('d1'));
    const last = run.seat('p', 1);
    run.do(last.id, { kind: 'approve' }, h('d2'));
    run.do(last.id, { kind: 'withdraw' }, h('d2'));
    expect(run.active().map((t) => [t.stepKey, t.branchIndex])).toEqual([['p', 1]]);
    run.do(run.seat('p', 1).id, { kind: 'approve' }, h('d2'));
    expect(run.active().map((t) => t.stepKey)).toEqual(['d']);
  });

  it('W-any: withdrawing the winning approval brings the cancelled branches back as fresh pool tasks', () => {
    const run = new CaseRun([parallel('p', ['d1', 'd2', 'd3'], 'any'), decide('d')]);
    run.do(run.seat('p', 1).id, { kind: 'claim' }, h('d2'));
    const win = run.seat('p', 0);
    run.do(win.id, { kind: 'approve' }, h('d1'));
    run.do(win.id, { kind: 'withdraw' }, h('d1'));
    expect(run.active().map((t) => [t.branchIndex, t.status, t.assigneeId])).toEqual([
      [0, 'claimed', 'd1-h1'], [1, 'open', null], [2, 'open', null],
    ]);
    const again = run.seat('p', 0);
    run.do(again.id, { kind: 'approve' }, h('d1'));
    run.do(again.id, { kind: 'withdraw' }, h('d1'));
    expect(run.active()).toHaveLength(3);
  });

  it('W-delegate: a delegate may take back a report the delegator has not acted on', () => {
    const run = new CaseRun([review('r'), decide('d')]);
    run.do(run.seat('r').id, { kind: 'delegate', to: h('d1', 2) }, h('d1'));
    const delegated = run.active('r')[0]!;
    run.do(delegated.id, { kind: 'approve' }, h('d1', 2));
    run.do(delegated.id, { kind: 'withdraw' }, h('d1', 2));
    expect(run.active().map((t) => [t.kind, t.assigneeId])).toEqual([['delegate', 'd1-h2']]);
  });
});
