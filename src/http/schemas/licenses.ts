import { Type } from '@sinclair/typebox';
import { LICENSE_STATUSES } from '../../core/licenses/index.js';
import { DELIVERY_METHODS } from '../../services/cases/deliver-case.js';
import { Instant, LocalDate, Text } from './common.js';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

export const LicenseStatus = literals(LICENSE_STATUSES);
export const DeliveryMethod = literals(DELIVERY_METHODS);

const Field = Type.Object({ label: Type.String(), value: Type.String() });
const Validity = Type.Object({ from: LocalDate, until: LocalDate });
const Holder = Type.Object({
  name: Type.String(), idKind: literals(['id_number', 'credit_code'] as const), idLabel: Type.String(), idNumber: Type.String(),
});

/** The public verification (no login): masked holder, no case data. `invalid` says nothing but the number. */
export const PublicLicense = Type.Object({
  status: LicenseStatus,
  number: Type.String(),
  licenseType: Type.Optional(Type.String()),
  holder: Type.Optional(Holder),
  department: Type.Optional(Type.String()),
  validity: Type.Optional(Validity),
  issuedOn: Type.Optional(LocalDate),
  scope: Type.Optional(Type.String()),
  fields: Type.Optional(Type.Array(Field)),
  revokedAt: Type.Optional(Instant),
  revokedReason: Type.Optional(Type.String()),
  keyId: Type.Optional(Type.String({ description: 'the published key that verified the signature' })),
  checkedOn: LocalDate,
});

export const Delivery = Type.Object({ method: DeliveryMethod, trackingNo: Type.Optional(Type.String()), deliveredAt: Instant });

/** A case's license for its applicant and staff in reach: unmasked, with its delivery. */
export const CaseLicense = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  number: Type.String(),
  status: LicenseStatus,
  licenseType: Type.String(),
  holder: Type.Optional(Holder),
  department: Type.String(),
  validity: Validity,
  issuedAt: Instant,
  scope: Type.Optional(Type.String()),
  fields: Type.Array(Field),
  keyId: Type.String(),
  revokedAt: Type.Optional(Instant),
  revokedReason: Type.Optional(Type.String()),
  delivery: Type.Optional(Delivery),
  signed: Type.Object({
    data: Type.String({ description: 'the canonical JSON that was signed' }), signature: Type.String({ description: 'base64 Ed25519' }), keyId: Type.String(),
  }, { description: 'for the holder to hand to anyone who verifies offline with the published key' }),
  verifyPath: Type.String({ description: 'the public verification page' }),
  pdfPath: Type.String(),
});

export const PublishedKey = Type.Object({
  keyId: Type.String({ description: '<region>-k<n>' }),
  regionCode: Type.String(),
  algorithm: Type.Literal('Ed25519'),
  publicKeyPem: Type.String({ description: 'SubjectPublicKeyInfo PEM' }),
  publicKey: Type.String({ description: 'raw 32-byte key, base64url (JWK x)' }),
  current: Type.Boolean({ description: 'signs new licenses of its region' }),
});

export const RevokeBody = Type.Object({ reason: Text(500) }, { additionalProperties: false });

export const DeliverBody = Type.Object({
  method: DeliveryMethod,
  trackingNo: Type.Optional(Type.String({ maxLength: 40, description: 'required for mail' })),
}, { additionalProperties: false });
