import { describe, expect, it } from 'vitest';
import { CaseRun, decide, errorCode as code, member, parallel, review } from './testing/harness.js';

const h1 = member('h1', 'd1');
const h2 = member('h2', 'd1');
const a1 = member('a1', 'd1', 'approver');

describe('transfer, delegate, add signer (docs/workflow.md rows T-*, G-*, N-*)', () => {
  it('T-single: the task passes to another member of its department and role; the step clock runs on', () => {
    const run = new CaseRun([review('r'), decide('d')]);
    const r = run.seat('r');
    expect(code(() => run.do(r.id, { kind: 'transfer', to: member('x', 'd2') }, h1))).toBe('workflow.invalid_target');
    expect(code(() => run.do(r.id, { kind: 'transfer', to: h1 }, h1))).toBe('workflow.invalid_target');
    run.do(r.id, { kind: 'transfer', to: h2, opinion: '请张三办理' }, h1);
    const next = run.seat('r');
    expect(run.task(r.id)).toMatchObject({ status: 'done', decision: 'transfer', completedBy: 'h1' });
    expect(next).toMatchObject({ assigneeId: 'h2', status: 'open', causedBy: r.id, note: '请张三办理', stepStartedOn: r.stepStartedOn });
    expect(code(() => run.do(next.id, { kind: 'approve' }, h1))).toBe('workflow.not_assignee');
    run.do(next.id, { kind: 'approve' }, h2);
    expect(run.active().map((t) => t.stepKey)).toEqual(['d']);
  });

  it('T-parallel: a transfer touches only its branch; siblings and votes already cast are unchanged', () => {
    const run = new CaseRun([parallel('p', ['d1', 'd2'], 'all'), decide('d')]);
    const b1 = run.seat('p', 1);
    run.do(run.seat('p', 0).id, { kind: 'approve' }, h1);
    run.do(b1.id, { kind: 'transfer', to: member('y', 'd2') }, member('x', 'd2'));
    expect(run.state.tasks.map((t) => [t.branchIndex, t.status, t.decision])).toEqual([
      [0, 'done', 'approve'], [1, 'done', 'transfer'], [1, 'open', null],
    ]);
    run.do(run.seat('p', 1).id, { kind: 'approve' }, member('y', 'd2'));
    expect(run.active().map((t) => t.stepKey)).toEqual(['d']);
  });

  it('G-delegate: the delegate reports back as a new task for the delegator, who then decides', () => {
    const run = new CaseRun([review('r'), decide('d')]);
    const r = run.seat('r');
    run.do(r.id, { kind: 'delegate', to: h2, opinion: '请核实现场' }, h1);
    const delegated = run.active('r')[0]!;
    expect(delegated).toMatchObject({ kind: 'delegate', assigneeId: 'h2', note: '请核实现场' });
    expect(code(() => run.do(delegated.id, { kind: 'return', opinion: 'x', toStepKey: 'r' }, h2))).toBe('workflow.operation_not_allowed');
    expect(code(() => run.do(delegated.id, { kind: 'transfer', to: h1 }, h2))).toBe('workflow.operation_not_allowed');
    run.do(delegated.id, { kind: 'approve', opinion: '现场属实' }, h2);
    const back = run.seat('r');
    expect(back).toMatchObject({ kind: 'step', assigneeId: 'h1', delegatedFrom: delegated.id, note: '现场属实' });
    expect(run.active().map((t) => t.stepKey)).toEqual(['r']);
    run.do(back.id, { kind: 'approve' }, h1);
    expect(run.active().map((t) => t.stepKey)).toEqual(['d']);
  });

  it('G-parallel all: a delegated branch stays pending until the delegator approves; siblings unaffected', () => {
    const run = new CaseRun([parallel('p', ['d1', 'd2'], 'all'), decide('d')]);
    run.do(run.seat('p', 0).id, { kind: 'delegate', to: h2 }, h1);
    run.do(run.seat('p', 1).id, { kind: 'approve' }, member('x', 'd2'));
    const delegated = run.active('p').find((t) => t.kind === 'delegate')!;
    run.do(delegated.id, { kind: 'approve' }, h2);
    expect(run.active().map((t) => t.stepKey)).toEqual(['p']);
    run.do(run.seat('p', 0).id, { kind: 'approve' }, h1);
    expect(run.active().map((t) => t.stepKey)).toEqual(['d']);
  });

  it('G-return: a return while a delegation is out cancels the delegate task', () => {
    const run = new CaseRun([review('r'), parallel('p', ['d1', 'd2'], 'any'), decide('d')]);
    run.do(run.seat('r').id, { kind: 'approve' }, h1);
    run.do(run.seat('p', 0).id, { kind: 'delegate', to: h2 }, h1);
    run.do(run.seat('p', 1).id, { kind: 'return', opinion: '需补正', toStepKey: 'r' }, member('x', 'd2'));
    expect(run.state.tasks.filter((t) => t.kind === 'delegate').map((t) => t.status)).toEqual(['cancelled']);
  });

  it('N-single: the step moves on only once the added signer has approved too, in either order', () => {
    for (const signerFirst of [true, false]) {
      const run = new CaseRun([decide('d'), review('after')]);
      const d = run.seat('d');
      expect(code(() => run.do(d.id, { kind: 'add_signer', to: a1 }, a1))).toBe('workflow.invalid_target');
      run.do(d.id, { kind: 'add_signer', to: member('boss', 'd0', 'approver'), opinion: '请局长会签' }, a1);
      expect(run.task(d.id)).toMatchObject({ status: 'claimed', assigneeId: 'a1' });
      const signer = run.active('d').find((t) => t.kind === 'signer')!;
      expect(signer).toMatchObject({ assigneeId: 'boss', departmentId: 'd0', causedBy: d.id });
      const order = signerFirst ? [[signer.id, 'boss'], [d.id, 'a1']] : [[d.id, 'a1'], [signer.id, 'boss']];
      run.do(order[0]![0]!, { kind: 'approve' }, member(order[0]![1]!, order[0]![1] === 'boss' ? 'd0' : 'd1', 'approver'));
      expect(run.active().map((t) => t.stepKey)).toEqual(['d']);
      run.do(order[1]![0]!, { kind: 'approve' }, member(order[1]![1]!, order[1]![1] === 'boss' ? 'd0' : 'd1', 'approver'));
      expect(run.active().map((t) => t.stepKey)).toEqual(['after']);
    }
  });

  it('N-return: a signer who disagrees returns the step like any of its tasks', () => {
    const run = new CaseRun([review('r'), decide('d')]);
    run.do(run.seat('r').id, { kind: 'approve' }, h1);
    const d = run.seat('d');
    run.do(d.id, { kind: 'add_signer', to: member('boss', 'd0', 'approver') }, a1);
    const signer = run.active('d').find((t) => t.kind === 'signer')!;
    run.do(signer.id, { kind: 'return', opinion: '补充论证', toStepKey: 'r' }, member('boss', 'd0', 'approver'));
    expect(run.task(d.id).status).toBe('cancelled');
    expect(run.active().map((t) => t.stepKey)).toEqual(['r']);
  });
});
