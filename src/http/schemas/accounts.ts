import { Type } from '@sinclair/typebox';
import { Password, Username } from './organization.js';
import { Text } from './common.js';

export const SessionUser = Type.Object({
  id: Type.String(), username: Type.String(), name: Type.String(),
  kind: Type.Union([Type.Literal('staff'), Type.Literal('applicant')]), roles: Type.Array(Type.String()),
  departmentId: Type.Union([Type.String(), Type.Null()]), regionCode: Type.Union([Type.String(), Type.Null()]),
});
export const LoginBody = Type.Object({
  username: Type.String({ minLength: 1, maxLength: 64 }), password: Type.String({ minLength: 1, maxLength: 128 }),
}, { additionalProperties: false });
export const LoginResponse = Type.Object({ token: Type.String(), expiresAt: Type.String(), user: SessionUser });

export const RegisterApplicant = Type.Object({
  type: Type.Union([Type.Literal('person'), Type.Literal('organization')]),
  username: Username, password: Password, name: Text(100),
  idNumber: Type.Optional(Type.String({ maxLength: 18, format: 'id-number' })), creditCode: Type.Optional(Type.String({ maxLength: 18, format: 'credit-code' })),
  phone: Type.String({ maxLength: 20, format: 'mobile' }),
}, { additionalProperties: false });

export const ApplicantProfile = Type.Object({
  id: Type.String(), username: Type.String(), name: Type.String(),
  type: Type.Union([Type.Literal('person'), Type.Literal('organization')]),
  idNumber: Type.Union([Type.String(), Type.Null()]), creditCode: Type.Union([Type.String(), Type.Null()]), phone: Type.String(),
});
