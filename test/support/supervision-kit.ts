import type { LightMyRequestResponse as Response } from 'fastify';
import type { TaskRow } from '../../src/store/case-tables.js';
import type { TestApp } from './build-app.js';
import { bearer, buildAdminScene } from './factories.js';
import { application, type buildIntakeScene } from './intake-factories.js';

type Scene = Awaited<ReturnType<typeof buildIntakeScene>>;

/** What the supervision and urging scenarios share: HTTP shortcuts, a clock an admin moves, staff notices. */
export interface SupervisionKit {
  post(url: string, token: string, payload?: object): Promise<Response>;
  get(url: string, token: string): Promise<Response>;
  /** Moves the server's clock as an admin would; the scheduled checks have run when it answers (API.md). */
  moveTo(now: string): Promise<void>;
  /** The parameters of a user's notices of one event, oldest first. */
  notices(userId: string, event: string): Promise<Record<string, string>[]>;
  /** Applies for the scene's item and has the clerk accept it now; returns the case id. */
  acceptedCase(s: Scene): Promise<string>;
  /** The open or claimed task of a case's step. */
  openTask(caseId: string, stepKey: string): Promise<TaskRow>;
}

export async function supervisionKit(t: TestApp): Promise<SupervisionKit> {
  const keeper = (await buildAdminScene(t)).token;
  const post = (url: string, token: string, payload: object = {}) => t.app.inject({ method: 'POST', url, headers: bearer(token), payload });
  return {
    post,
    get: (url, token) => t.app.inject({ method: 'GET', url, headers: bearer(token) }),
    async moveTo(now) {
      const moved = await t.app.inject({ method: 'PUT', url: '/api/v1/system/clock', headers: bearer(keeper), payload: { now } });
      if (moved.statusCode !== 200) throw new Error(`moving the clock to ${now} failed: ${moved.body}`);
    },
    async notices(userId, event) {
      const rows = await t.deps.store.db.selectFrom('notifications').select('params').where('user_id', '=', userId).where('event', '=', event)
        .orderBy('created_at').execute();
      return rows.map((r) => JSON.parse(r.params) as Record<string, string>);
    },
    async acceptedCase(s) {
      const { id } = (await post('/api/v1/cases', s.applicant.token, application(s.itemCode))).json();
      const accepted = await post(`/api/v1/cases/${id}/accept`, s.clerk.token);
      if (accepted.statusCode !== 200) throw new Error(`acceptance failed: ${accepted.body}`);
      return id as string;
    },
    openTask: (caseId, stepKey) => t.deps.store.db.selectFrom('tasks').selectAll().where('case_id', '=', caseId).where('step_key', '=', stepKey)
      .where('status', 'in', ['open', 'claimed']).executeTakeFirstOrThrow(),
  };
}
