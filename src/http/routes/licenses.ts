import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { localDateOf } from '../../core/clock/index.js';
import { renderDocument } from '../../documents/index.js';
import { deliverCase } from '../../services/cases/deliver-case.js';
import { viewCase } from '../../services/cases/view-case.js';
import type { Deps } from '../../services/context.js';
import { nowIso } from '../../services/context.js';
import { caseLicense, licensePdf } from '../../services/licenses/case-license.js';
import { keyStoreFor } from '../../services/licenses/key-store.js';
import { revokeLicense } from '../../services/licenses/revoke-license.js';
import { verifyLicenseNumber } from '../../services/licenses/verify-license.js';
import { presentCaseDetail } from '../presenters/case.js';
import { presentCaseLicense, presentPublicLicense } from '../presenters/license.js';
import { CaseDetail } from '../schemas/cases.js';
import { Id, withErrors } from '../schemas/common.js';
import { CaseLicense, DeliverBody, PublicLicense, PublishedKey, RevokeBody } from '../schemas/licenses.js';
import { ctxOf } from '../request-context.js';

const tags = ['licenses'];
const params = Type.Object({ id: Id });

/** Electronic licenses (电子证照): the case's license and PDF, revocation, delivery, public verification (docs/licenses.md). */
export function licenseRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/api/v1/cases/:id/license', {
      schema: { tags, summary: "A granted case's license with its verification status and delivery (the applicant, staff in reach)", params, response: withErrors({ 200: CaseLicense }) },
    }, async (request) => presentCaseLicense(await caseLicense(ctxOf(deps, request), request.params.id)));

    app.get('/api/v1/cases/:id/license.pdf', {
      schema: {
        tags, summary: "The license as PDF; the applicant's download of a concluded case delivers it (送达 by download)",
        params, response: withErrors({ 200: Type.String({ description: 'application/pdf' }) }),
      },
    }, async (request, reply) => {
      const { input, number } = await licensePdf(ctxOf(deps, request), request.params.id, `${request.protocol}://${request.host}`);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="license-${number}.pdf"`)
        .header('cache-control', 'private, no-store').send(await renderDocument(input));
    });

    app.post('/api/v1/licenses/:id/revoke', {
      schema: { tags, summary: 'Revoke a license with a reason (approver or admin reaching the issuing department)', params, body: RevokeBody, response: withErrors({ 200: CaseLicense }) },
    }, async (request) => {
      const ctx = ctxOf(deps, request);
      const row = await revokeLicense(ctx, request.params.id, request.body.reason.trim());
      return presentCaseLicense(await caseLicense(ctx, row.case_id));
    });

    app.post('/api/v1/cases/:id/deliver', {
      schema: {
        tags: ['cases'], summary: 'Deliver the result (送达): window pickup, mail (trackingNo required) or download (clerk, handler)',
        params, body: DeliverBody, response: withErrors({ 200: CaseDetail }),
      },
    }, async (request) => {
      const ctx = ctxOf(deps, request);
      await deliverCase(ctx, request.params.id, request.body);
      return presentCaseDetail(await viewCase(ctx, request.params.id), false);
    });

    app.get('/api/v1/public/licenses/:number', {
      schema: {
        tags: ['public'], security: [], summary: 'Verify a license by its number (no login): valid, revoked, expired or invalid; holder masked',
        params: Type.Object({ number: Type.String({ minLength: 1, maxLength: 40 }) }), response: withErrors({ 200: PublicLicense }),
      },
    }, async (request, reply) => {
      const { row, verification } = await verifyLicenseNumber(deps, request.params.number);
      reply.header('cache-control', 'no-store');
      return presentPublicLicense(row, verification.status, verification.status === 'invalid' ? null : verification.data, localDateOf(nowIso(deps)));
    });

    app.get('/api/v1/public/license-keys', {
      schema: {
        tags: ['public'], security: [], summary: 'The Ed25519 public keys licenses are signed with, by key id (old keys stay after rotation)',
        response: withErrors({ 200: Type.Object({ algorithm: Type.Literal('Ed25519'), canonicalization: Type.String(), keys: Type.Array(PublishedKey) }) }),
      },
    }, async () => ({
      algorithm: 'Ed25519' as const,
      canonicalization: 'the signed bytes are the UTF-8 of the license data as JSON with keys sorted and no whitespace (RFC 8785 style); see docs/licenses.md',
      keys: await keyStoreFor(deps).publishedKeys(),
    }));
  };
}
