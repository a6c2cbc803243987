import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Deps } from '../../services/context.js';
import { createDepartment, listVisibleDepartments, updateDepartment } from '../../services/organization/departments.js';
import { createRegion, listVisibleRegions, updateRegion } from '../../services/organization/regions.js';
import { createUser, listUsers, updateUser } from '../../services/organization/users.js';
import { presentUser } from '../presenters/user.js';
import { Id, withErrors } from '../schemas/common.js';
import {
  CreateDepartment, CreateRegion, CreateUser, Department, Region, RegionCode, UpdateDepartment, UpdateRegion, UpdateUser, User,
} from '../schemas/organization.js';
import { ctxOf } from '../request-context.js';

const present = <T extends { path?: string }>({ path: _path, ...rest }: T) => rest;

/** Regions, departments and staff users (admin pages); every query is cut to the actor's reach. */
export function organizationRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/api/v1/regions', {
      schema: { tags: ['organization'], summary: 'Regions in my region subtree', response: withErrors({ 200: Type.Object({ regions: Type.Array(Region) }) }) },
    }, async (request) => ({ regions: await listVisibleRegions(ctxOf(deps, request)) }));

    app.post('/api/v1/regions', {
      schema: { tags: ['organization'], summary: 'Add a region (admin)', body: CreateRegion, response: withErrors({ 201: Region }) },
    }, async (request, reply) => reply.status(201).send(await createRegion(ctxOf(deps, request), request.body)));

    app.patch('/api/v1/regions/:code', {
      schema: { tags: ['organization'], summary: 'Rename a region (admin)', params: Type.Object({ code: RegionCode }), body: UpdateRegion, response: withErrors({ 200: Region }) },
    }, async (request) => updateRegion(ctxOf(deps, request), request.params.code, request.body));

    app.get('/api/v1/departments', {
      schema: {
        tags: ['organization'], summary: 'Departments I reach, optionally under one region',
        querystring: Type.Object({ regionCode: Type.Optional(RegionCode) }),
        response: withErrors({ 200: Type.Object({ departments: Type.Array(Department) }) }),
      },
    }, async (request) => ({ departments: (await listVisibleDepartments(ctxOf(deps, request), request.query.regionCode)).map(present) }));

    app.post('/api/v1/departments', {
      schema: { tags: ['organization'], summary: 'Create a department (admin)', body: CreateDepartment, response: withErrors({ 201: Department }) },
    }, async (request, reply) => reply.status(201).send(present(await createDepartment(ctxOf(deps, request), request.body))));

    app.patch('/api/v1/departments/:id', {
      schema: { tags: ['organization'], summary: 'Rename, re-kind or move a department, or name its head (部门负责人) (admin)', params: Type.Object({ id: Id }), body: UpdateDepartment, response: withErrors({ 200: Department }) },
    }, async (request) => present(await updateDepartment(ctxOf(deps, request), request.params.id, request.body)));

    app.get('/api/v1/users', {
      schema: {
        tags: ['organization'], summary: 'Staff users (admin)',
        querystring: Type.Object({
          departmentId: Type.Optional(Id), q: Type.Optional(Type.String({ maxLength: 50 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })), offset: Type.Optional(Type.Integer({ minimum: 0 })),
        }),
        response: withErrors({ 200: Type.Object({ users: Type.Array(User), total: Type.Integer() }) }),
      },
    }, async (request) => {
      const { users, total } = await listUsers(ctxOf(deps, request), request.query);
      return { users: users.map(presentUser), total };
    });

    app.post('/api/v1/users', {
      schema: { tags: ['organization'], summary: 'Create a staff user (admin)', body: CreateUser, response: withErrors({ 201: User }) },
    }, async (request, reply) => reply.status(201).send(presentUser(await createUser(ctxOf(deps, request), request.body))));

    app.patch('/api/v1/users/:id', {
      schema: {
        tags: ['organization'], summary: 'Update a staff user: roles, department, backup user (AB岗), absence (admin)',
        params: Type.Object({ id: Id }), body: UpdateUser, response: withErrors({ 200: User }),
      },
    }, async (request) => presentUser(await updateUser(ctxOf(deps, request), request.params.id, request.body)));
  };
}
