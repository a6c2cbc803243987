import { Type } from '@sinclair/typebox';
import { STAFF_ROLES } from '../../core/accounts/roles.js';
import { REGION_LEVELS } from '../../core/organization/region.js';
import { DEPARTMENT_KINDS } from '../../core/organization/types.js';
import { Id, LocalDate, Text } from './common.js';

export const RegionCode = Type.String({ pattern: '^\\d{6}(\\d{3})?$', description: 'GB/T 2260 (6 digits) or township (9 digits)' });
export const Role = Type.Union(STAFF_ROLES.map((r) => Type.Literal(r)));
export const DepartmentKind = Type.Union(DEPARTMENT_KINDS.map((k) => Type.Literal(k)));

export const Region = Type.Object({
  code: Type.String(), name: Type.String(),
  level: Type.Union(REGION_LEVELS.map((l) => Type.Literal(l))), parentCode: Type.Union([Type.String(), Type.Null()]),
});
export const CreateRegion = Type.Object({ code: RegionCode, name: Text(50), parentCode: Type.Optional(RegionCode) }, { additionalProperties: false });
export const UpdateRegion = Type.Object({ name: Text(50) }, { additionalProperties: false });

export const Department = Type.Object({
  id: Type.String(), name: Type.String(), regionCode: Type.String(),
  parentId: Type.Union([Type.String(), Type.Null()]), kind: DepartmentKind,
  headUserId: Type.Optional(Type.Union([Type.String(), Type.Null()], { description: '部门负责人: red notices and escalations go here; null: the approvers' })),
});
export const CreateDepartment = Type.Object({
  name: Text(60), regionCode: RegionCode, parentId: Type.Optional(Id), kind: Type.Optional(DepartmentKind),
}, { additionalProperties: false });
export const UpdateDepartment = Type.Object({
  name: Type.Optional(Text(60)), kind: Type.Optional(DepartmentKind), parentId: Type.Optional(Type.Union([Id, Type.Null()])),
  headUserId: Type.Optional(Type.Union([Id, Type.Null()], { description: 'the department head (an active staff user of this department or its divisions); null clears it' })),
}, { additionalProperties: false });

export const Absence = Type.Object({ from: LocalDate, to: LocalDate }, { additionalProperties: false });
export const Username = Type.String({ minLength: 3, maxLength: 32, pattern: '^[A-Za-z0-9_.-]+$' });
// The password policy (core/accounts) as a format, so it is reported beside the other fields.
export const Password = Type.String({ maxLength: 128, format: 'password' });

export const User = Type.Object({
  id: Type.String(), username: Type.String(), name: Type.String(), departmentId: Type.Union([Type.String(), Type.Null()]),
  roles: Type.Array(Type.String()), active: Type.Boolean(), backupUserId: Type.Union([Type.String(), Type.Null()]),
  absence: Type.Union([Type.Object({ from: Type.String(), to: Type.String() }), Type.Null()]),
});
export const CreateUser = Type.Object({
  username: Username, password: Password, name: Text(50), departmentId: Id,
  roles: Type.Array(Role, { minItems: 1, maxItems: STAFF_ROLES.length }),
}, { additionalProperties: false });
export const UpdateUser = Type.Object({
  name: Type.Optional(Text(50)), roles: Type.Optional(Type.Array(Role, { minItems: 1, maxItems: STAFF_ROLES.length })),
  departmentId: Type.Optional(Id), active: Type.Optional(Type.Boolean()),
  backupUserId: Type.Optional(Type.Union([Id, Type.Null()])), absence: Type.Optional(Type.Union([Absence, Type.Null()])),
}, { additionalProperties: false });
