import { Flex, Timeline, Typography } from 'antd';
import type { ComponentProps, ReactNode } from 'react';
import { useT, type Translate } from '@/lib/i18n';
import { actionLabel, INTERNAL_ACTIONS } from './case-display';
import { formatDate, formatTime } from './format';

/** A step as the timeline draws it: the case's own events carry details, the public steps do not. */
export interface TimelineStep {
  at: string;
  action: string;
  details?: Record<string, unknown>;
}

type TimelineItem = NonNullable<ComponentProps<typeof Timeline>['items']>[number];

const COLORS: Record<string, string> = {
  accept: 'green', deemAccepted: 'green', conclude: 'green', deliver: 'green', resume: 'green',
  issueCorrectionNotice: 'orange', suspend: 'purple', proposeRefusal: 'magenta',
  confirmRefusal: 'red', abandon: 'gray', withdraw: 'gray',
};

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);
const codes = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** One line on what a step did, from its details; undefined when there is nothing to add. */
function describe(step: TimelineStep, t: Translate, materialName: (code: string) => string, audience: 'staff' | 'public'): ReactNode {
  const d = step.details;
  if (!d) return undefined;
  const names = (value: unknown) => codes(value).map(materialName).join('、');
  switch (step.action) {
    case 'submit':
      return t(d.channel === 'window' ? 'case.step.window' : 'case.step.online');
    case 'issueCorrectionNotice': {
      const count = Array.isArray(d.problems) ? d.problems.length : 0;
      return t('case.step.notice', { count, date: formatDate(text(d.supplementDueAt)) });
    }
    case 'resubmit':
      return codes(d.changed).length > 0 ? t('case.step.resubmitted', { names: names(d.changed) }) : undefined;
    case 'accept': {
      const lines = [text(d.dueAt) ? t('case.step.accepted', { date: formatDate(text(d.dueAt)) }) : undefined];
      if (codes(d.deferredMaterials).length > 0) {
        lines.push(t('case.step.deferred', { names: names(d.deferredMaterials), date: formatDate(text(d.supplyDueAt)) }));
      }
      return lines.filter(Boolean).join('；');
    }
    case 'deemAccepted':
      return t('case.step.deemed');
    case 'conclude':
      return d.commitment ? t('case.step.grantedOnCommitment') : d.instant ? t('case.step.grantedInstantly') : undefined;
    case 'proposeRefusal':
    case 'confirmRefusal':
      return text(d.reason) ? t('case.step.reason', { reason: text(d.reason) ?? '' }) : undefined;
    case 'rejectRefusal':
      return audience === 'staff' && text(d.note) ? t('case.step.declineNote', { note: text(d.note) ?? '' }) : undefined;
    case 'withdraw':
      return text(d.reason) ? t('case.step.reason', { reason: text(d.reason) ?? '' }) : undefined;
    default:
      return undefined;
  }
}

/** How a page that knows more (the workbench: steps, people) labels a step; undefined leaves it to the default. */
export type StepDescriber = (step: TimelineStep) => { title: string; detail?: ReactNode; color?: string } | undefined;

/**
 * A case's steps, oldest first, each with its time; `pending` adds what happens next. The applicant
 * and the public (`audience="public"`) do not see the internal refusal proposal and its decline.
 */
export function CaseTimeline({
  steps,
  audience,
  materialName = (code) => code,
  pending,
  describeStep,
}: {
  steps: readonly TimelineStep[];
  audience: 'staff' | 'public';
  materialName?: (code: string) => string;
  pending?: ReactNode;
  describeStep?: StepDescriber;
}) {
  const t = useT();
  const shown = audience === 'public' ? steps.filter((step) => !INTERNAL_ACTIONS.has(step.action)) : steps;
  const items: TimelineItem[] = shown.map((step, index) => {
    const own = describeStep?.(step);
    const label = actionLabel(step.action);
    const detail = own ? own.detail : describe(step, t, materialName, audience);
    return {
      key: `${step.at}-${index}`,
      color: own?.color ?? COLORS[step.action] ?? 'blue',
      content: (
        <Flex vertical gap={2} data-testid="timeline-step" data-action={step.action}>
          <Typography.Text strong>{own?.title ?? (label ? t(label) : step.action)}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatTime(step.at)}
          </Typography.Text>
          {detail && <Typography.Text style={{ fontSize: 13 }}>{detail}</Typography.Text>}
        </Flex>
      ),
    };
  });
  if (pending) {
    items.push({ key: 'pending', color: 'gray', loading: true, content: <Typography.Text type="secondary">{pending}</Typography.Text> });
  }
  return <Timeline items={items} />;
}
