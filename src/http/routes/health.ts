import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { sql } from 'kysely';
import type { Deps } from '../../services/context.js';

/** GET /api/health: up, and which database it runs on (API.md). */
export function healthRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/api/health', {
      schema: {
        tags: ['system'], summary: 'Liveness and database',
        response: { 200: Type.Object({ status: Type.Literal('ok'), database: Type.Union([Type.Literal('sqlite'), Type.Literal('postgres')]) }) },
      },
    }, async () => {
      await sql`select 1`.execute(deps.store.db);
      return { status: 'ok' as const, database: deps.store.dialect.name };
    });
  };
}
