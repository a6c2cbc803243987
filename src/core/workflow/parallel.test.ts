import { describe, expect, it } from 'vitest';
import { CaseRun, decide, errorCode as code, member, parallel, review } from './testing/harness.js';

const h = (d: string, n = 1) => member(`${d}-h${n}`, d);
const a1 = member('a1', 'd1', 'approver');
const shape = (join: 'all' | 'any') => [review('r'), parallel('p', ['d1', 'd2', 'd3'], join), decide('d')];

describe('parallel steps (docs/workflow.md rows P-*)', () => {
  it('P-start: one pool task per branch, the lead department\'s branch flagged', () => {
    const run = new CaseRun([parallel('p', ['d2', 'd1', 'd3'], 'all'), decide('d')].map((s, i) => (i === 0 ? { ...s, departmentId: 'd1' } : s)));
    expect(run.active('p').map((t) => [t.branchIndex, t.departmentId, t.lead])).toEqual([[0, 'd2', false], [1, 'd1', true], [2, 'd3', false]]);
  });

  it('P-claim: claiming one branch leaves the siblings in their pools', () => {
    const run = new CaseRun(shape('all'));
    run.do(run.seat('r').id, { kind: 'approve' }, h('d1'));
    run.do(run.seat('p', 1).id, { kind: 'claim' }, h('d2'));
    expect(run.active('p').map((t) => [t.status, t.assigneeId])).toEqual([['open', null], ['claimed', 'd2-h1'], ['open', null]]);
    expect(code(() => run.do(run.seat('p', 2).id, { kind: 'claim' }, h('d2')))).toBe('workflow.not_assignee');
  });

  it('P-approve all (会签): the step waits for every branch; votes already cast are kept', () => {
    const run = new CaseRun(shape('all'));
    run.do(run.seat('r').id, { kind: 'approve' }, h('d1'));
    run.do(run.seat('p', 2).id, { kind: 'approve' }, h('d3'));
    run.do(run.seat('p', 0).id, { kind: 'approve' }, h('d1'));
    expect(run.active().map((t) => t.stepKey)).toEqual(['p']);
    run.do(run.seat('p', 1).id, { kind: 'approve' }, h('d2'));
    expect(run.active().map((t) => t.stepKey)).toEqual(['d']);
    expect(run.state.tasks.filter((t) => t.stepKey === 'p').map((t) => t.decision)).toEqual(['approve', 'approve', 'approve']);
  });

  it('P-approve any (或签): the first approval moves on and the open branches are cancelled', () => {
    const run = new CaseRun(shape('any'));
    run.do(run.seat('r').id, { kind: 'approve' }, h('d1'));
    run.do(run.seat('p', 1).id, { kind: 'claim' }, h('d2'));
    run.do(run.seat('p', 2).id, { kind: 'approve' }, h('d3'));
    expect(run.state.tasks.filter((t) => t.stepKey === 'p').map((t) => t.status)).toEqual(['cancelled', 'cancelled', 'done']);
    expect(run.active().map((t) => t.stepKey)).toEqual(['d']);
  });

  for (const join of ['all', 'any'] as const) {
    it(`P-return ${join}: open siblings are cancelled and votes already cast no longer count`, () => {
      const run = new CaseRun(shape(join));
      run.do(run.seat('r').id, { kind: 'approve' }, h('d1'));
      const voted = join === 'all' ? run.seat('p', 0) : null;
      if (voted) run.do(voted.id, { kind: 'approve' }, h('d1'));
      const ret = run.seat('p', 1);
      const sibling = run.seat('p', 2);
      expect(run.do(ret.id, { kind: 'return', opinion: '消防意见：需整改', toStepKey: 'r' }, h('d2'))).toEqual({ kind: 'returned', toStepKey: 'r' });
      expect(run.task(sibling.id).status).toBe('cancelled');
      if (voted) expect(run.task(voted.id)).toMatchObject({ status: 'done', decision: 'approve', activation: 2 });
      expect(run.active().map((t) => [t.stepKey, t.activation])).toEqual([['r', 3]]);
    });
  }

  it('P-return then pass again: every branch is asked again, an earlier vote does not carry over', () => {
    const run = new CaseRun(shape('all'));
    run.do(run.seat('r').id, { kind: 'approve' }, h('d1'));
    run.do(run.seat('p', 0).id, { kind: 'approve' }, h('d1'));
    const sibling = run.seat('p', 2);
    run.do(run.seat('p', 1).id, { kind: 'return', opinion: '需整改', toStepKey: 'r' }, h('d2'));
    expect(run.task(sibling.id).status).toBe('cancelled');
    expect(run.active().map((t) => t.stepKey)).toEqual(['r']);
    run.do(run.seat('r').id, { kind: 'approve' }, h('d1'));
    run.do(run.seat('p', 1).id, { kind: 'approve' }, h('d2'));
    run.do(run.seat('p', 2).id, { kind: 'approve' }, h('d3'));
    expect(run.active().map((t) => [t.stepKey, t.branchIndex])).toEqual([['p', 0]]);
  });

  for (const join of ['all', 'any'] as const) {
    it(`P-deny ${join}: a branch may not deny (it returns instead); nothing changes`, () => {
      const run = new CaseRun(shape(join));
      run.do(run.seat('r').id, { kind: 'approve' }, h('d1'));
      const before = run.state.tasks;
      expect(code(() => run.do(run.seat('p', 0).id, { kind: 'deny', opinion: '不同意' }, h('d1')))).toBe('workflow.deny_not_allowed');
      expect(run.state.tasks).toBe(before);
    });
  }

  it('N-signer any: a branch with a pending signer does not win; another branch\'s approval cancels that signer', () => {
    const run = new CaseRun(shape('any'));
    run.do(run.seat('r').id, { kind: 'approve' }, h('d1'));
    const b0 = run.seat('p', 0);
    run.do(b0.id, { kind: 'add_signer', to: member('chief', 'd1', 'approver') }, h('d1'));
    run.do(b0.id, { kind: 'approve' }, h('d1'));
    expect(run.active().map((t) => t.stepKey)).toEqual(['p', 'p', 'p']);
    run.do(run.seat('p', 2).id, { kind: 'approve' }, h('d3'));
    expect(run.state.tasks.filter((t) => t.kind === 'signer').map((t) => t.status)).toEqual(['cancelled']);
    expect(run.active().map((t) => t.stepKey)).toEqual(['d']);
  });

  it('N-signer all: the branch counts only once its signer approved too', () => {
    const run = new CaseRun([parallel('p', ['d1', 'd2'], 'all'), decide('d')]);
    const b0 = run.seat('p', 0);
    run.do(b0.id, { kind: 'add_signer', to: member('chief', 'd1', 'approver') }, h('d1'));
    run.do(run.seat('p', 1).id, { kind: 'approve' }, h('d2'));
    const signer = run.active('p').find((t) => t.kind === 'signer')!;
    run.do(signer.id, { kind: 'approve' }, member('chief', 'd1', 'approver'));
    expect(run.active().map((t) => t.stepKey)).toEqual(['p']);
    run.do(b0.id, { kind: 'approve' }, h('d1'));
    expect(run.active().map((t) => t.stepKey)).toEqual(['d']);
    expect(code(() => run.do(run.seat('d').id, { kind: 'claim' }, a1))).toBe('no error');
  });
});
