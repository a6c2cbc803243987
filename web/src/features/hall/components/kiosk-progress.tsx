import { Alert, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { CaseStatusTag } from '@/features/cases/shared/case-status-tag';
import { CaseTimeline } from '@/features/cases/shared/case-timeline';
import { formatDate } from '@/features/cases/shared/format';
import { lookUpProgress, type PublicProgress } from '@/features/progress/api/progress';
import { ApiError } from '@/lib/api-client';
import { useT } from '@/lib/i18n';
import { KioskCaseForm } from './kiosk-case-form';

/** A case's progress by number and query code (the public progress API): status and steps, no personal data. */
export function KioskProgress() {
  const t = useT();
  const [progress, setProgress] = useState<PublicProgress | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function look(caseNo: string, queryCode: string) {
    setError(null);
    try {
      setProgress(await lookUpProgress(caseNo, queryCode));
    } catch (cause) {
      setProgress(null);
      setError(cause instanceof ApiError && cause.status === 404 ? t('progress.notFound') : cause instanceof Error ? cause.message : String(cause));
    }
  }

  if (progress) {
    return (
      <Card variant="borderless" data-testid="kiosk-progress" style={{ fontSize: 20 }}>
        <Flex gap={12} align="center" wrap style={{ marginBottom: 16 }}>
          <Typography.Title level={2} style={{ margin: 0 }}>{progress.itemName}</Typography.Title>
          <CaseStatusTag status={progress.status} result={progress.result} audience="public" />
        </Flex>
        <Typography.Paragraph style={{ fontSize: 20 }}>
          {t('case.caseNo')}：<span style={{ fontFamily: 'monospace' }}>{progress.caseNo}</span>
          {progress.dueAt && <>{' · '}{t('case.dueAt')}：{formatDate(progress.dueAt)}</>}
        </Typography.Paragraph>
        {/* The shared timeline in kiosk type: read standing, at arm's length. */}
        <div style={{ zoom: 1.4 }}><CaseTimeline steps={progress.steps} audience="public" /></div>
      </Card>
    );
  }
  return (
    <>
      {error && <Alert type="warning" showIcon title={error} style={{ marginBottom: 16, fontSize: 20 }} />}
      <KioskCaseForm submit={t('progress.submit')} onFinish={(no, code) => void look(no, code)} />
    </>
  );
}
