import { App, Flex, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { CaseDetail, NoticeProblem } from '@/features/cases/shared/case-api';
import type { Guide } from '@/features/cases/shared/guide-api';
import { useT } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';
import { issueCorrectionNotice } from '../api/intake';

/**
 * 一次性告知: the problems marked, all in one notice. The clerk sees the whole notice before it goes,
 * because a second notice in the same round is refused (DOMAIN.md §4).
 */
export function NoticeModal({ open, detail, guide, problems, onClose, onIssued }: {
  open: boolean;
  detail: CaseDetail;
  guide: Guide;
  problems: NoticeProblem[];
  onClose: () => void;
  onIssued: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [saving, setSaving] = useState(false);
  const nameOf = (code: string) => guide.materials.find((spec) => spec.code === code)?.name ?? code;

  async function issue() {
    setSaving(true);
    try {
      await issueCorrectionNotice(detail.id, problems);
      void message.success(t('intake.notice.done'));
      onIssued();
    } catch (error) {
      reportError(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={open}
      title={t('intake.notice.title')}
      okText={t('intake.notice.ok')}
      okButtonProps={{ danger: false }}
      cancelText={t('intake.notice.back')}
      onOk={() => void issue()}
      onCancel={onClose}
      confirmLoading={saving}
      width={620}
    >
      <Flex vertical gap={12} style={{ marginTop: 12 }} data-testid="notice-preview">
        <Typography.Text>{t('intake.notice.intro', { caseNo: detail.caseNo, count: problems.length })}</Typography.Text>
        <ol style={{ margin: 0, paddingInlineStart: 22, background: '#fafbfd', border: '1px solid #eef1f6', borderRadius: 6, padding: '12px 12px 12px 34px' }}>
          {problems.map((p) => (
            <li key={p.materialCode} style={{ marginBottom: 6 }}>
              <Typography.Text strong>{nameOf(p.materialCode)}</Typography.Text>：{p.problem}
            </li>
          ))}
        </ol>
        <Typography.Text type="secondary">{t('intake.notice.rules', { days: guide.correctionDays })}</Typography.Text>
      </Flex>
    </Modal>
  );
}
