import { Flex, Tag, Typography } from 'antd';
import { STEP_ROLES } from '@core/catalog/vocabulary';
import type { ReactNode } from 'react';
import { useT } from '@/lib/i18n';
import type { Guide, GuideStep } from '../api/guides';

function Entry({ title, extra, children }: { title: ReactNode; extra?: ReactNode; children?: ReactNode }) {
  return (
    <Flex vertical gap={2} style={{ paddingBottom: 4 }}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong style={{ fontSize: '1.05em' }}>
          {title}
        </Typography.Text>
        {extra}
      </Flex>
      {children && <Typography.Text type="secondary">{children}</Typography.Text>}
    </Flex>
  );
}

function StepDetail({ step }: { step: GuideStep }) {
  const t = useT();
  const role = (code?: string) => (STEP_ROLES.some((r) => r.role === code) ? t(`role.${code as 'clerk'}`) : (code ?? ''));
  if (step.kind !== 'parallel') return <>{[step.department?.name, role(step.role)].filter(Boolean).join(' · ')}</>;
  const names = (step.branches ?? []).map((b) => b.department.name);
  return (
    <Flex vertical gap={2}>
      <span>{t('guide.step.parallel', { departments: names.join('、') })}</span>
      {step.department && <span>{t('guide.step.lead', { department: step.department.name })}</span>}
      <span>
        {t(step.join === 'any' ? 'guide.step.joinAny' : 'guide.step.joinAll')}
        {step.absentMeansConsent && `；${t('guide.step.absent')}`}
      </span>
    </Flex>
  );
}

/** 办理流程: apply → acceptance → the item's own steps with their days and departments → delivery. */
export function GuideProcess({ guide }: { guide: Guide }) {
  const t = useT();
  const days = (n: number) => <Tag color={n === 0 ? 'green' : 'blue'}>{n === 0 ? t('guide.step.sameDay') : t('guide.step.days', { days: n })}</Tag>;
  const entries: ReactNode[] = [
    <Entry key="apply" title={t('guide.step.apply')}>{t('guide.step.applyDesc')}</Entry>,
    <Entry key="accept" title={t('guide.step.accept')}>{t('guide.step.acceptDesc')}</Entry>,
    ...guide.steps.map((step) => (
      <Entry key={step.key} title={step.name} extra={days(step.workdays)}>
        <StepDetail step={step} />
      </Entry>
    )),
    <Entry key="deliver" title={t('guide.step.deliver')}>{t('guide.step.deliverDesc')}</Entry>,
  ];
  return (
    <ol className="guide-process" data-testid="guide-process">
      {entries.map((entry, i) => (
        <li key={i}>
          <span className="guide-process-dot">{i + 1}</span>
          {entry}
        </li>
      ))}
    </ol>
  );
}
