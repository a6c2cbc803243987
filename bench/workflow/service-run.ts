/**
 * Our side of the workflow benchmark: whole cases through the service layer in this process, as the HTTP routes
 * call it — accept (clerk) → review → the two branches of the parallel step → decide (granted) — each step a
 * use case with its own transaction, timeline and audit events, on a real SQLite or PostgreSQL database.
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../src/core/accounts/actor.js';
import { login } from '../../src/services/accounts/login.js';
import { registerApplicant } from '../../src/services/accounts/register-applicant.js';
import { acceptCase } from '../../src/services/cases/accept-case.js';
import { submitCase } from '../../src/services/cases/submit-case.js';
import { createItem, publishItem } from '../../src/services/catalog/manage-items.js';
import type { Ctx, Deps } from '../../src/services/context.js';
import { loadDemo } from '../../src/services/seed/load-demo.js';
import { DEMO_PASSWORD } from '../../src/services/seed/demo-data.js';
import { systemClock } from '../../src/services/system/clock.js';
import { operateTask } from '../../src/services/workflow/task-actions.js';
import { createDatabase, type Store } from '../../src/store/database.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { listCaseTasks } from '../../src/store/repositories/task-repository.js';
import { keepBeside } from '../support/folders.js';
import { BENCH_DEPARTMENT_NAMES, BENCH_ITEM_CODE, benchForm, benchItem, idNumberFor, type BenchDepartments } from '../support/bench-item.js';

/** The demo city with the bench item published, and the people who work its cases. */
export interface WorkflowScene {
  readonly store: Store;
  readonly applicant: Ctx;
  readonly clerk: Ctx;
  /** 不动产登记处 handler: the review step and the planning branch. */
  readonly landHandler: Ctx;
  /** 住房和城乡建设局 handler: the housing branch. */
  readonly housingHandler: Ctx;
  readonly approver: Ctx;
}

const ctxOf = (deps: Deps, actor: Actor): Ctx => ({ ...deps, actor, ip: '127.0.0.1' });

/** Opens the database, migrates, loads the demo seed and publishes the bench item; files and keys go to `dir`. */
export async function buildWorkflowScene(url: string, dir: string): Promise<WorkflowScene> {
  const store = createDatabase(url);
  keepBeside(store, dir);
  await migrateToLatest(store);
  const deps: Deps = { store, clock: systemClock, newId: randomUUID, sessionHours: 12 };
  const anonymous: Ctx = { ...deps, actor: null, ip: '127.0.0.1' };
  await loadDemo(anonymous);
  const as = async (username: string, password = DEMO_PASSWORD) => ctxOf(deps, (await login(anonymous, username, password)).actor);
  const admin = await as('admin');
  const departments = await store.db.selectFrom('departments').select(['id', 'name']).execute();
  const idOf = (name: string) => departments.find((d) => d.name === name)?.id ?? '';
  const ids = Object.fromEntries(Object.entries(BENCH_DEPARTMENT_NAMES).map(([key, name]) => [key, idOf(name)])) as unknown as BenchDepartments;
  await createItem(admin, benchItem(ids));
  await publishItem(admin, BENCH_ITEM_CODE);
  await registerApplicant(anonymous, { type: 'person', username: 'bench-applicant', password: 'bench-Passw0rd', name: '张三', idNumber: idNumberFor(1), phone: '13812341234' });
  return {
    store, applicant: await as('bench-applicant', 'bench-Passw0rd'), clerk: await as('clerk'),
    landHandler: await as('land-handler'), housingHandler: await as('housing-handler'), approver: await as('land-approver'),
  };
}

/** Files `count` applications (not timed: the workflow starts at acceptance). */
export async function submitApplications(scene: WorkflowScene, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 0; n < count; n++) {
    const answer = await submitCase(scene.applicant, { itemCode: BENCH_ITEM_CODE, form: benchForm(n), materials: [{ code: 'M01' }, { code: 'M02' }] });
    ids.push(answer.body.id);
  }
  return ids;
}

/** The open tasks of a case as the workbench lists them: id, step and branch. */
async function openTasks(scene: WorkflowScene, caseId: string) {
  return (await listCaseTasks(scene.store.db, caseId)).filter((t) => t.status === 'open');
}

async function approve(ctx: Ctx, taskId: string) {
  return operateTask(ctx, taskId, { kind: 'complete', decision: 'approve', opinion: '同意' });
}

/** Works one submitted case from acceptance to its grant; throws unless it ends concluded. */
export async function workCase(scene: WorkflowScene, caseId: string): Promise<void> {
  await acceptCase(scene.clerk, caseId, {});
  const [review] = await openTasks(scene, caseId);
  if (review?.step_key !== 'review') throw new Error(`case ${caseId}: no review task`);
  await approve(scene.landHandler, review.id);
  const branches = await openTasks(scene, caseId);
  const planning = branches.find((t) => t.branch_index === 0);
  const housing = branches.find((t) => t.branch_index === 1);
  if (!planning || !housing) throw new Error(`case ${caseId}: the parallel step did not open two branches`);
  await approve(scene.landHandler, planning.id);
  await approve(scene.housingHandler, housing.id);
  const [decide] = await openTasks(scene, caseId);
  if (decide?.step_key !== 'decide') throw new Error(`case ${caseId}: no decide task after the join`);
  const done = await approve(scene.approver, decide.id);
  if (done.outcome.kind !== 'concluded') throw new Error(`case ${caseId}: not concluded (${done.outcome.kind})`);
}
