import { Type, type FastifyPluginAsyncTypebox, type TSchema } from '@fastify/type-provider-typebox';
import { formatInstant } from '../../core/clock/index.js';
import { invalidFields } from '../../core/errors.js';
import { TASK_STATUSES, type TaskStatus } from '../../core/workflow/index.js';
import type { Deps } from '../../services/context.js';
import { listTasksFor, type TaskView } from '../../services/workflow/list-tasks.js';
import { operateTask, type TaskActionResult as ActionResult, type TaskRequest } from '../../services/workflow/task-actions.js';
import { withErrors } from '../schemas/common.js';
import { CompleteBody, HandOverBody, OpinionBody, TaskActionResult, TaskListQuery, TaskParams, TaskSummary } from '../schemas/tasks.js';
import { ctxOf } from '../request-context.js';

const tags = ['tasks'];

function parseStatuses(text: string | undefined): TaskStatus[] | undefined {
  if (!text) return undefined;
  const statuses = text.split(',');
  if (statuses.some((s) => !(TASK_STATUSES as readonly string[]).includes(s))) {
    throw invalidFields([{ field: 'status', code: 'enum', params: { allowed: TASK_STATUSES.join(', ') } }]);
  }
  return statuses as TaskStatus[];
}

function presentTask({ row, stepName, warning, remainingWorkdays, suspended, onBehalfOf }: TaskView) {
  return {
    id: row.id, caseId: row.case_id, caseNo: row.case_no, itemName: row.item_name, stepKey: row.step_key, stepName,
    kind: row.kind, status: row.status, assigneeId: row.assignee_id, departmentId: row.department_id, role: row.role,
    branchIndex: row.branch_index === null ? null : Number(row.branch_index), lead: Number(row.lead) === 1, note: row.note,
    decision: row.decision, opinion: row.opinion, createdOn: row.created_on, stepStartedOn: row.step_started_on,
    dueAt: formatInstant(row.due_at), yellowAt: formatInstant(row.yellow_at), warning, remainingWorkdays, suspended, onBehalfOf,
  };
}

function presentResult(r: ActionResult & { caseStatus: string }) {
  return {
    taskId: r.taskId, caseId: r.caseId, outcome: r.outcome.kind, createdTaskIds: [...r.created], caseStatus: r.caseStatus,
    ...(r.outcome.kind === 'concluded' && { result: r.outcome.result }),
    ...(r.outcome.kind === 'returned' && { returnedTo: r.outcome.toStepKey }),
  };
}

/** The workbench: list tasks, and act on one (DOMAIN.md §6, docs/workflow.md). */
export function taskRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/api/v1/tasks', {
      schema: {
        tags, summary: 'Tasks: mine=true (default) mine, my pool and those of absent colleagues I back up; mine=false every task in my reach',
        querystring: TaskListQuery, response: withErrors({ 200: Type.Object({ tasks: Type.Array(TaskSummary) }) }),
      },
    }, async (request) => {
      const views = await listTasksFor(ctxOf(deps, request), { mine: request.query.mine ?? true, statuses: parseStatuses(request.query.status) });
      return { tasks: views.map(presentTask) };
    });

    const act = async (request: Parameters<typeof ctxOf>[1], id: string, body: TaskRequest) => {
      const ctx = ctxOf(deps, request);
      const result = await operateTask(ctx, id, body);
      const status = await deps.store.db.selectFrom('cases').select('status').where('id', '=', result.caseId).executeTakeFirst();
      return presentResult({ ...result, caseStatus: status?.status ?? 'in_progress' });
    };
    const schema = <B extends TSchema>(summary: string, body: B) => ({
      tags, summary, params: TaskParams, body, response: withErrors({ 200: TaskActionResult }),
    });

    app.post('/api/v1/tasks/:id/complete', {
      schema: schema('Complete a task (its assignee or a pool member): approve, return (to an earlier step, with reason) or deny (decide step, with reason)', CompleteBody),
    }, async (request) => act(request, request.params.id, { kind: 'complete', ...request.body }));

    app.post('/api/v1/tasks/:id/claim', { schema: { ...schema('Claim a pool task (签收)', OpinionBody), body: Type.Optional(OpinionBody) } },
      async (request) => act(request, request.params.id, { kind: 'claim', opinion: request.body?.opinion }));

    app.post('/api/v1/tasks/:id/withdraw', { schema: { ...schema('Withdraw my approval while the next step is untouched (撤回)', OpinionBody), body: Type.Optional(OpinionBody) } },
      async (request) => act(request, request.params.id, { kind: 'withdraw', opinion: request.body?.opinion }));

    for (const [path, kind, summary] of [
      ['transfer', 'transfer', 'Transfer the task to a colleague of the same department and role (转办)'],
      ['delegate', 'delegate', 'Delegate the work to a colleague; their report comes back to me (委托)'],
      ['add-signer', 'add_signer', 'Add a signer who must also approve (加签)'],
    ] as const) {
      app.post(`/api/v1/tasks/:id/${path}`, { schema: schema(summary, HandOverBody) },
        async (request) => act(request, request.params.id, { kind, to: request.body.to, opinion: request.body.opinion }));
    }
  };
}
