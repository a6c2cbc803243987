import type { SuspensionKind } from '@core/cases/case-suspension';
import type { Branch, Step } from '@core/catalog/item-schema';
import type { OperationKind } from '@core/workflow/types';
import type { CaseDetail, WarningLevel } from '@/features/cases/shared/case-api';
import { api } from '@/lib/api-client';

export type { OperationKind, SuspensionKind };

/** A task as the workbench lists it (`GET /api/v1/tasks`); the clock is the step's own. */
export interface TaskSummary {
  id: string;
  caseId: string;
  caseNo: string;
  itemName: string;
  stepKey: string;
  stepName: string | null;
  kind: 'step' | 'signer' | 'delegate';
  status: 'open' | 'claimed' | 'done' | 'cancelled';
  /** null: a pool task any member of its department with its role may claim. */
  assigneeId: string | null;
  departmentId: string;
  role: string;
  note: string | null;
  createdOn: string;
  stepStartedOn: string;
  dueAt: string;
  warning: WarningLevel;
  remainingWorkdays: number;
  /** AB岗: the absent colleague whose task this is. */
  onBehalfOf: string | null;
  /** The case is suspended (ALL Art. 45): the task waits, its clock stands still. */
  suspended?: boolean;
}

/** My tasks, my department's pool, and those of absent colleagues I back up; soonest due first. */
export async function listMyTasks(signal?: AbortSignal): Promise<TaskSummary[]> {
  const { tasks } = await api.get<{ tasks: TaskSummary[] }>('/api/v1/tasks', { query: { mine: true }, signal });
  return tasks;
}

/** A task of one case with its people and what the viewer may do on it now (`GET /api/v1/cases/:id/workflow`). */
export interface CaseTask extends Omit<TaskSummary, 'caseNo' | 'itemName' | 'warning' | 'remainingWorkdays'> {
  activation: number;
  branchIndex: number | null;
  lead: boolean;
  departmentName: string | null;
  assigneeName: string | null;
  decision: 'approve' | 'deny' | 'return' | 'transfer' | 'delegate' | 'consent' | null;
  opinion: string | null;
  returnTo: string | null;
  completedAt: string | null;
  completedBy: string | null;
  completedByName: string | null;
  onBehalfOfName: string | null;
  warning: WarningLevel | null;
  remainingWorkdays: number | null;
  actions: OperationKind[];
}

/** A step of the case's own item version, with the names of its departments. */
export type WorkflowStep = Omit<Step, 'branches'> & {
  departmentName: string | null;
  branches?: (Branch & { departmentName: string | null })[];
};

/** A case's steps and every task. */
export interface CaseWorkflow {
  caseId: string;
  caseStatus: string;
  steps: WorkflowStep[];
  tasks: CaseTask[];
}

export function getCaseWorkflow(caseId: string, signal?: AbortSignal): Promise<CaseWorkflow> {
  return api.get<CaseWorkflow>(`/api/v1/cases/${encodeURIComponent(caseId)}/workflow`, { signal });
}

/** Someone of my department to hand a task to. */
export interface Colleague {
  id: string;
  username: string;
  name: string;
  roles: string[];
  absent: boolean;
}

export async function listColleagues(signal?: AbortSignal): Promise<Colleague[]> {
  const { colleagues } = await api.get<{ colleagues: Colleague[] }>('/api/v1/colleagues', { signal });
  return colleagues;
}

/** What a task action did (`POST /api/v1/tasks/:id/…`). */
export interface TaskActionResult {
  taskId: string;
  caseId: string;
  outcome: 'continue' | 'returned' | 'concluded';
  result?: 'granted' | 'denied';
  returnedTo?: string;
  caseStatus: string;
}

const taskUrl = (id: string, action: string) => `/api/v1/tasks/${encodeURIComponent(id)}/${action}`;

/** 签收: take a pool task. */
export function claimTask(id: string): Promise<TaskActionResult> {
  return api.post<TaskActionResult>(taskUrl(id, 'claim'), {});
}

/** approve, return (to an earlier step) or deny (decide steps), with the opinion; return and deny need it. */
export function completeTask(id: string, input: { decision: 'approve' | 'return' | 'deny'; opinion: string; returnTo?: string }): Promise<TaskActionResult> {
  return api.post<TaskActionResult>(taskUrl(id, 'complete'), input);
}

/** 转办 / 委托 / 加签 to a colleague. */
export function handOverTask(id: string, kind: 'transfer' | 'delegate' | 'add_signer', to: string, opinion: string): Promise<TaskActionResult> {
  return api.post<TaskActionResult>(taskUrl(id, kind === 'add_signer' ? 'add-signer' : kind), { to, ...(opinion.trim() && { opinion }) });
}

/** 撤回 my approval while the next step is untouched. */
export function withdrawTask(id: string, opinion: string): Promise<TaskActionResult> {
  return api.post<TaskActionResult>(taskUrl(id, 'withdraw'), opinion.trim() ? { opinion } : {});
}

const caseUrl = (id: string, action: string) => `/api/v1/cases/${encodeURIComponent(id)}/${action}`;

/** Stops the decision clock for a procedure of 行政许可法 第四十五条; the applicant is told why and for how long. */
export function suspendCase(id: string, input: { kind: SuspensionKind; reason: string; expectedWorkdays?: number }): Promise<CaseDetail> {
  return api.post<CaseDetail>(caseUrl(id, 'suspend'), input);
}

export function resumeCase(id: string): Promise<CaseDetail> {
  return api.post<CaseDetail>(caseUrl(id, 'resume'), {});
}

/** 延期 (行政许可法 第四十二条): once, within the item's limit, with a reason the applicant is told. */
export function extendCase(id: string, input: { workdays: number; reason: string }): Promise<CaseDetail> {
  return api.post<CaseDetail>(caseUrl(id, 'extend'), input);
}
