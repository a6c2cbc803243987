import { hasRole } from '../../core/accounts/actor.js';
import { DomainError, invalidFields } from '../../core/errors.js';
import { maskCreditCode, maskIdNumber, maskPhone } from '../../core/identity/index.js';
import { findApplicantIds, findApplicantProfile } from '../../store/repositories/applicant-repository.js';
import { requireActor } from '../access/authorize.js';
import type { Ctx } from '../context.js';

/** An applicant as shown to themselves (in full) or to staff at the counter (identifiers masked). */
export interface ApplicantProfile {
  readonly id: string;
  readonly username: string;
  readonly name: string;
  readonly type: 'person' | 'organization';
  readonly idNumber: string | null;
  readonly creditCode: string | null;
  readonly phone: string;
}

/**
 * Reads an applicant's profile. The applicant sees their own; another applicant gets 404, as if it did
 * not exist (API.md); clerks, approvers, supervisors and admins see it with identifiers masked, which is
 * enough to match the person at the counter against the ID card they hold.
 */
export async function getApplicantProfile(ctx: Ctx, id: string): Promise<ApplicantProfile> {
  requireActor(ctx.actor);
  const self = ctx.actor.kind === 'applicant' && ctx.actor.userId === id;
  const staff = hasRole(ctx.actor, 'clerk', 'approver', 'supervisor', 'admin');
  if (!self && !staff) throw new DomainError(ctx.actor.kind === 'applicant' ? 'request.not_found' : 'auth.forbidden');
  const row = await findApplicantProfile(ctx.store.db, id);
  if (!row) throw new DomainError('request.not_found');
  const profile = {
    id: row.id, username: row.username, name: row.name, type: row.type,
    idNumber: row.id_number, creditCode: row.credit_code, phone: row.phone,
  };
  if (self) return profile;
  return {
    ...profile,
    idNumber: profile.idNumber && maskIdNumber(profile.idNumber),
    creditCode: profile.creditCode && maskCreditCode(profile.creditCode),
    phone: maskPhone(profile.phone),
  };
}

/**
 * Finds walk-in applicants at the counter by an exact ID number, credit code or phone (clerks,
 * approvers, supervisors, admins); identifiers come back masked. Exact match only: no browsing of people.
 */
export async function findApplicants(ctx: Ctx, by: { idNumber?: string; creditCode?: string; phone?: string }): Promise<ApplicantProfile[]> {
  requireActor(ctx.actor);
  if (!hasRole(ctx.actor, 'clerk', 'approver', 'supervisor', 'admin')) throw new DomainError('auth.forbidden');
  if (!by.idNumber && !by.creditCode && !by.phone) throw invalidFields([{ field: 'idNumber', code: 'required' }]);
  const ids = await findApplicantIds(ctx.store.db, by);
  return Promise.all(ids.map((id) => getApplicantProfile(ctx, id)));
}
