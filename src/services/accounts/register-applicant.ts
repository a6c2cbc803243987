import { isAcceptablePassword } from '../../core/accounts/password-policy.js';
import { DomainError, invalidFields, type FieldError } from '../../core/errors.js';
import { isValidCreditCode, isValidIdNumber, isValidMobile, normalizeIdNumber } from '../../core/identity/index.js';
import { insertApplicant } from '../../store/repositories/applicant-repository.js';
import { insertUser, usernameTaken } from '../../store/repositories/user-repository.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Ctx } from '../context.js';
import { inTransaction, nowIso } from '../context.js';
import { hashPassword } from './password-hash.js';

export interface ApplicantRegistration {
  readonly type: 'person' | 'organization';
  readonly username: string;
  readonly password: string;
  readonly name: string;
  readonly idNumber?: string | undefined;
  readonly creditCode?: string | undefined;
  readonly phone: string;
}

function checkRegistration(input: ApplicantRegistration, today: string): FieldError[] {
  const fields: FieldError[] = [];
  if (!isAcceptablePassword(input.password)) fields.push({ field: 'password', code: 'password_weak' });
  if (!isValidMobile(input.phone)) fields.push({ field: 'phone', code: 'phone_invalid' });
  // A person is identified by the resident ID number (GB 11643), an organization by its credit code (GB 32100).
  if (input.type === 'person') {
    if (!input.idNumber) fields.push({ field: 'idNumber', code: 'required' });
    else if (!isValidIdNumber(input.idNumber, today)) fields.push({ field: 'idNumber', code: 'id_number_invalid' });
  } else if (!input.creditCode) fields.push({ field: 'creditCode', code: 'required' });
  else if (!isValidCreditCode(input.creditCode)) fields.push({ field: 'creditCode', code: 'credit_code_invalid' });
  return fields;
}

/** Registers an applicant account (自然人 or 法人); every bad field is reported and nothing is stored. */
export async function registerApplicant(ctx: Ctx, input: ApplicantRegistration): Promise<{ id: string }> {
  const now = nowIso(ctx);
  const fields = checkRegistration(input, now.slice(0, 10));
  if (fields.length > 0) throw invalidFields(fields);
  const id = ctx.newId();
  const passwordHash = await hashPassword(input.password);
  await inTransaction(ctx, async (trx) => {
    if (await usernameTaken(trx, input.username)) throw new DomainError('account.username_taken', {}, [{ field: 'username', code: 'username_taken' }]);
    await insertUser(trx, {
      id, username: input.username, password_hash: passwordHash, name: input.name, kind: 'applicant',
      department_id: null, roles: '[]', active: 1, backup_user_id: null, absence_from: null, absence_to: null,
      failed_logins: 0, locked_until: null, created_at: now, updated_at: now,
    });
    await insertApplicant(trx, {
      user_id: id, type: input.type, phone: input.phone, bad_credit: 0,
      id_number: input.type === 'person' && input.idNumber ? normalizeIdNumber(input.idNumber) : null,
      credit_code: input.type === 'organization' && input.creditCode ? input.creditCode.toUpperCase() : null,
    });
    await recordAudit(trx, { ...ctx, actor: null }, {
      entity: 'applicant', entityId: id, action: 'register',
      after: { type: input.type, username: input.username, idNumber: input.idNumber, creditCode: input.creditCode, phone: input.phone },
    });
  });
  return { id };
}
