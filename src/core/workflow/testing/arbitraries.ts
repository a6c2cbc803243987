/** fast-check arbitraries for the workflow properties: step shapes, staff and random commands. */
import fc from 'fast-check';
import type { Step } from '../../catalog/item-schema.js';
import type { Member } from '../types.js';

const DEPTS = ['d0', 'd1', 'd2', 'd3'];
/** Two handlers and two approvers in each of four departments. */
export const STAFF: readonly Member[] = DEPTS.flatMap((d) => ['handler', 'approver'].flatMap((role) => [1, 2].map((n) => ({
  userId: `${d}-${role}-${n}`, departmentId: d, roles: [role],
}))));

const dept = fc.constantFrom(...DEPTS);
const role = fc.constantFrom('handler' as const, 'approver' as const);
const stepBody = fc.oneof(
  fc.record({ kind: fc.constantFrom('review' as const, 'decide' as const), departmentId: dept, role }),
  fc.record({
    kind: fc.constant('parallel' as const), join: fc.constantFrom('all' as const, 'any' as const), absentMeansConsent: fc.boolean(),
    branches: fc.array(fc.record({ departmentId: dept, role }), { minLength: 1, maxLength: 4 }),
  }).map((s) => ({ ...s, departmentId: s.branches[0]!.departmentId, role: s.branches[0]!.role })),
);

/** 1–5 random steps: review, decide, or parallel with 1–4 branches joined all or any. */
export const stepsArb = fc.array(stepBody, { minLength: 1, maxLength: 5 })
  .map((bodies): Step[] => bodies.map((b, i) => ({ ...b, key: `s${i}`, name: `环节${i}`, workdays: 2 })));

/** One random command: an operation kind, which task, which actor, which target. */
export interface Command {
  readonly op: 'claim' | 'approve' | 'return' | 'deny' | 'transfer' | 'delegate' | 'add_signer' | 'withdraw' | 'expire';
  readonly task: number;
  readonly holder: boolean;
  readonly actor: number;
  readonly target: number;
  readonly blankReason: boolean;
}

const OPS = ['claim', 'approve', 'approve', 'approve', 'return', 'deny', 'transfer', 'delegate', 'add_signer', 'withdraw', 'withdraw', 'expire'] as const;
/** Up to 40 commands; most are made by someone who holds the task, so that operations mostly succeed. */
export const commandsArb = fc.array(fc.record({
  op: fc.constantFrom(...OPS), task: fc.nat(50), holder: fc.boolean().chain((b) => (b ? fc.constant(true) : fc.boolean())),
  actor: fc.nat(STAFF.length - 1), target: fc.nat(STAFF.length - 1), blankReason: fc.nat(9).map((n) => n === 0),
}), { maxLength: 40 });
