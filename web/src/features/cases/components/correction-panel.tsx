import { WarningFilled } from '@ant-design/icons';
import { App, Card, Flex, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '@/lib/i18n';
import { resubmitCase } from '../api/applicant';
import type { CaseDetail, CorrectionNotice } from '../shared/case-api';
import { formatDate, formatTime } from '../shared/format';
import type { MaterialSpec } from '../shared/guide-api';
import { useMaterialAnswer } from '../shared/material-answer';

/**
 * 一次性告知 as the applicant receives it: every problem of the round, the date to supplement by, and the
 * uploads to answer it. Resubmitting starts a new round and a new 5-workday acceptance clock.
 */
export function CorrectionPanel({
  detail,
  notice,
  specs,
  onResubmitted,
}: {
  detail: CaseDetail;
  notice: CorrectionNotice;
  specs: readonly MaterialSpec[];
  onResubmitted: () => void;
}) {
  const t = useT();
  const { modal } = App.useApp();
  const answer = useMaterialAnswer({ send: (uploaded) => resubmitCase(detail.id, uploaded), successText: t('case.correction.resubmitted'), onSent: onResubmitted });
  const [showAll, setShowAll] = useState(false);
  const named = new Set(notice.problems.map((p) => p.materialCode));
  const problems = Object.fromEntries(notice.problems.map((p) => [p.materialCode, p.problem]));
  const shown = specs.filter((spec) => showAll || named.has(spec.code));
  const nameOf = (code: string) => specs.find((spec) => spec.code === code)?.name ?? code;

  function resubmit() {
    const still = [...named].filter((code) => !answer.values[code]?.file);
    modal.confirm({
      title: t('case.correction.confirmTitle'),
      content: (
        <Flex vertical gap={8}>
          <Typography.Text>{t('case.correction.confirmBody', { count: answer.uploaded.length })}</Typography.Text>
          {still.length > 0 && (
            <Typography.Text type="warning">{t('case.correction.stillMissing', { names: still.map(nameOf).join('、') })}</Typography.Text>
          )}
        </Flex>
      ),
      okText: t('case.correction.resubmit'),
      cancelText: t('common.cancel'),
      onOk: answer.sendNow,
    });
  }

  return (
    <Card
      variant="borderless"
      style={{ marginBottom: 16, border: '1px solid #ffd591', background: '#fffaf2' }}
      title={
        <Flex align="center" gap={8}>
          <WarningFilled style={{ color: '#fa8c16' }} />
          {t('case.correction.title')}
        </Flex>
      }
      data-testid="correction-panel"
    >
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        {t('case.correction.intro', { time: formatTime(notice.issuedAt), count: notice.problems.length })}
      </Typography.Paragraph>
      <ol style={{ margin: '0 0 12px', paddingInlineStart: 22 }} data-testid="notice-problems">
        {notice.problems.map((problem) => (
          <li key={problem.materialCode} style={{ marginBottom: 4 }}>
            <Typography.Text strong>{nameOf(problem.materialCode)}</Typography.Text>：{problem.problem}
          </li>
        ))}
      </ol>
      <Typography.Paragraph strong style={{ color: '#d46b08' }}>
        {t('case.correction.dueBy', { date: formatDate(notice.supplementDueAt) })}
      </Typography.Paragraph>
      {answer.checklist(shown, problems)}
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginTop: 16 }}>
        <Flex align="center" gap={8}>
          <Switch size="small" checked={showAll} onChange={setShowAll} />
          <Typography.Text type="secondary">{t('case.correction.showAll')}</Typography.Text>
        </Flex>
        {answer.sendButton(t('case.correction.resubmit'), 'resubmit', resubmit)}
      </Flex>
    </Card>
  );
}
