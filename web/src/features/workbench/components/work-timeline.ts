import { SUSPENSION_KINDS } from '@core/cases/case-suspension';
import type { StepDescriber, TimelineStep } from '@/features/cases/shared/case-timeline';
import { formatDate } from '@/features/cases/shared/format';
import type { Lang, Translate } from '@/lib/i18n';
import type { CaseWorkflow } from '../api/workbench';

const TASK_ACTIONS = ['claim', 'approve', 'return', 'deny', 'transfer', 'delegate', 'add_signer', 'withdraw', 'consent'] as const;
type TaskAction = (typeof TASK_ACTIONS)[number];
const COLORS: Partial<Record<TaskAction, string>> = { approve: 'green', consent: 'green', return: 'orange', deny: 'red', withdraw: 'gray' };

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);
const count = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

/** The clock's own steps: why and for how long it stopped, what it cost, how long it was extended and why. */
function clockStep(step: TimelineStep, t: Translate, lang: Lang): ReturnType<StepDescriber> {
  const d = step.details ?? {};
  const kind = SUSPENSION_KINDS.find((k) => k.code === d.kind)?.[lang] ?? text(d.kind) ?? '';
  switch (step.action) {
    case 'suspend': {
      const expected = count(d.expectedWorkdays);
      return {
        title: t('case.action.suspend'),
        detail: [t('wb.timeline.suspend', { kind, reason: text(d.reason) ?? '' }), expected !== undefined && t('wb.clocks.expected', { days: expected })].filter(Boolean).join(' · '),
        color: 'purple',
      };
    }
    case 'resume':
      return { title: t('case.action.resume'), detail: t('wb.timeline.resume', { kind, days: count(d.suspendedWorkdays) ?? 0, date: formatDate(text(d.dueAt)) }), color: 'green' };
    case 'extend':
      return { title: t('wb.timeline.extend'), detail: t('wb.timeline.extended', { days: count(d.workdays) ?? 0, date: formatDate(text(d.dueAt)), reason: text(d.reason) ?? '' }), color: 'blue' };
    default:
      return undefined;
  }
}

/**
 * Labels the steps the workbench knows more about than the shared timeline: the workflow's own
 * (`task.<operation>`, docs/workflow.md) with the step's name, who acted and to whom the work went (names
 * from the case's workflow), and the clock's (suspend, resume, extend) with kind, reason and days.
 */
export function workStepDescriber(workflow: CaseWorkflow | undefined, t: Translate, lang: Lang): StepDescriber {
  const names = new Map<string, string>();
  for (const task of workflow?.tasks ?? []) {
    for (const [id, name] of [[task.assigneeId, task.assigneeName], [task.completedBy, task.completedByName], [task.onBehalfOf, task.onBehalfOfName]] as const) {
      if (id && name) names.set(id, name);
    }
  }
  const stepName = (key: unknown) => (typeof key === 'string' ? workflow?.steps.find((s) => s.key === key)?.name ?? key : '');
  return (step) => {
    const action = step.action.startsWith('task.') ? (step.action.slice(5) as TaskAction) : null;
    if (!action || !TASK_ACTIONS.includes(action)) return clockStep(step, t, lang);
    const d = step.details ?? {};
    const actor = 'actorId' in step && typeof step.actorId === 'string' ? names.get(step.actorId) : undefined;
    const to = typeof d.to === 'string' ? names.get(d.to) : undefined;
    const lines = [
      actor && t('wb.timeline.by', { name: actor }),
      to && t('wb.timeline.to', { name: to }),
      typeof d.returnTo === 'string' && t('wb.opinion.returnTo', { step: stepName(d.returnTo) }),
    ].filter(Boolean);
    return { title: t(`wb.timeline.task.${action}`, { step: stepName(d.stepKey) }), detail: lines.length > 0 ? lines.join(' · ') : undefined, color: COLORS[action] };
  };
}
