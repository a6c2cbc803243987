import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { formatInstant } from '../../core/clock/index.js';
import type { Deps } from '../../services/context.js';
import { listColleagues } from '../../services/organization/colleagues.js';
import { caseWorkflow, type CaseTaskView } from '../../services/workflow/case-workflow.js';
import { Id, withErrors } from '../schemas/common.js';
import { CaseWorkflow, Colleague } from '../schemas/workbench.js';
import { ctxOf } from '../request-context.js';

const tags = ['tasks'];

function presentCaseTask({ task, row, warning, remainingWorkdays, actions }: CaseTaskView, stepName: string | null, names: Readonly<Record<string, string>>, departments: Readonly<Record<string, string>>) {
  const name = (id: string | null) => (id === null ? null : names[id] ?? null);
  return {
    id: task.id, caseId: row.case_id, stepKey: task.stepKey, stepName, kind: task.kind, status: task.status, activation: task.activation,
    assigneeId: task.assigneeId, assigneeName: name(task.assigneeId), departmentId: task.departmentId, departmentName: departments[task.departmentId] ?? null,
    role: task.role, branchIndex: task.branchIndex, lead: task.lead, note: task.note, decision: task.decision, opinion: task.opinion, returnTo: task.returnTo,
    createdOn: row.created_on, stepStartedOn: row.step_started_on, dueAt: formatInstant(row.due_at), yellowAt: formatInstant(row.yellow_at),
    completedAt: task.completedAt === null ? null : formatInstant(task.completedAt), completedBy: task.completedBy, completedByName: name(task.completedBy),
    onBehalfOf: task.onBehalfOf, onBehalfOfName: name(task.onBehalfOf), warning, remainingWorkdays, actions: [...actions],
  };
}

/** The staff workbench's reads beside the task list: colleagues to hand work to, and one case's workflow (docs/workbench.md). */
export function workbenchRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/api/v1/colleagues', {
      schema: {
        tags, summary: 'Active staff of my own department, me left out: whom a task can be transferred, delegated or added to',
        response: withErrors({ 200: Type.Object({ colleagues: Type.Array(Colleague) }) }),
      },
    }, async (request) => {
      const colleagues = await listColleagues(ctxOf(deps, request));
      return { colleagues: colleagues.map(({ user, absent }) => ({ id: user.id, username: user.username, name: user.name, roles: [...user.roles], absent })) };
    });

    app.get('/api/v1/cases/:id/workflow', {
      schema: {
        tags, summary: "A case's steps and every task with people, step clock, opinion and the operations I may do now (staff in reach; others 404)",
        params: Type.Object({ id: Id }), response: withErrors({ 200: CaseWorkflow }),
      },
    }, async (request) => {
      const view = await caseWorkflow(ctxOf(deps, request), request.params.id);
      const stepName = (key: string) => view.steps.find((s) => s.key === key)?.name ?? null;
      return {
        caseId: view.caseId, caseStatus: view.caseStatus,
        steps: view.steps.map((s) => ({
          ...s, departmentName: s.departmentId ? view.departments[s.departmentId] ?? null : null,
          ...(s.branches && { branches: s.branches.map((b) => ({ ...b, departmentName: view.departments[b.departmentId] ?? null })) }),
        })),
        tasks: view.tasks.map((t) => presentCaseTask(t, stepName(t.task.stepKey), view.people, view.departments)),
      };
    });
  };
}
