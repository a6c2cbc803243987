import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { closeSession } from '../../services/accounts/sessions.js';
import { login } from '../../services/accounts/login.js';
import { findApplicants, getApplicantProfile } from '../../services/accounts/applicant-profile.js';
import { registerApplicant } from '../../services/accounts/register-applicant.js';
import { requireActor } from '../../services/access/authorize.js';
import type { Deps } from '../../services/context.js';
import { SESSION_COOKIE } from '../plugins/auth.js';
import { presentSessionUser } from '../presenters/user.js';
import { ApplicantProfile, LoginBody, LoginResponse, RegisterApplicant, SessionUser } from '../schemas/accounts.js';
import { Id, withErrors } from '../schemas/common.js';
import { ctxOf } from '../request-context.js';

/** Sign-in, sign-out, who am I, and applicant self-registration. */
export function authRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post('/api/v1/auth/login', {
      schema: { tags: ['auth'], summary: 'Sign in (locks after 5 failures for 15 minutes: 423)', security: [], body: LoginBody, response: withErrors({ 200: LoginResponse, 423: Type.Ref('ErrorResponse') }) },
    }, async (request, reply) => {
      const result = await login(ctxOf(deps, request), request.body.username, request.body.password);
      reply.setCookie(SESSION_COOKIE, result.token, {
        httpOnly: true, sameSite: 'lax', path: '/', secure: request.protocol === 'https', expires: new Date(result.expiresAt),
      });
      return { token: result.token, expiresAt: result.expiresAt, user: presentSessionUser(result.actor) };
    });

    app.post('/api/v1/auth/logout', {
      schema: { tags: ['auth'], summary: 'Sign out (ends the session)', response: withErrors({ 204: Type.Null() }) },
    }, async (request, reply) => {
      if (request.sessionToken) await closeSession(deps, request.sessionToken);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    });

    app.get('/api/v1/auth/me', {
      schema: { tags: ['auth'], summary: 'The signed-in user', response: withErrors({ 200: Type.Object({ user: SessionUser }) }) },
    }, async (request) => {
      requireActor(request.actor);
      return { user: presentSessionUser(request.actor) };
    });

    app.post('/api/v1/applicants', {
      schema: {
        tags: ['auth'], summary: 'Register an applicant (person: GB 11643 ID number; organization: GB 32100 credit code)', security: [],
        body: RegisterApplicant, response: withErrors({ 201: Type.Object({ id: Type.String() }) }),
      },
    }, async (request, reply) => {
      const result = await registerApplicant(ctxOf(deps, request), request.body);
      return reply.status(201).send(result);
    });

    app.get('/api/v1/applicants', {
      schema: {
        tags: ['auth'], summary: 'Find a walk-in applicant by exact ID number, credit code or phone (counter staff); identifiers masked',
        querystring: Type.Object({
          idNumber: Type.Optional(Type.String({ maxLength: 18 })), creditCode: Type.Optional(Type.String({ maxLength: 18 })),
          phone: Type.Optional(Type.String({ maxLength: 20 })),
        }),
        response: withErrors({ 200: Type.Object({ applicants: Type.Array(ApplicantProfile) }) }),
      },
    }, async (request) => ({ applicants: await findApplicants(ctxOf(deps, request), request.query) }));

    app.get('/api/v1/applicants/:id', {
      schema: {
        tags: ['auth'], summary: "An applicant's profile: in full to themselves, masked to staff at the counter; 404 to other applicants",
        params: Type.Object({ id: Id }), response: withErrors({ 200: ApplicantProfile }),
      },
    }, async (request) => getApplicantProfile(ctxOf(deps, request), request.params.id));
  };
}
