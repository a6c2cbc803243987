import { DownloadOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Typography } from 'antd';
import { useT, type MessageKey } from '@/lib/i18n';
import { availableDocuments, documentUrl, type CaseDetail, type DocumentKind } from './case-api';

/** The name of each notice. */
export const DOCUMENT_LABEL: Record<DocumentKind, MessageKey> = {
  acceptance_notice: 'case.document.acceptance_notice',
  correction_notice: 'case.document.correction_notice',
  refusal_notice: 'case.document.refusal_notice',
  decision: 'case.document.decision',
};

/**
 * The case's notices as PDF (受理通知书, 一次性告知书, 不予受理通知书), only those it has by now. Staff
 * print them (the PDF opens in the browser's viewer); the applicant views or downloads them.
 */
export function DocumentLinks({ detail, mode }: { detail: CaseDetail; mode: 'print' | 'download' }) {
  const t = useT();
  const kinds = availableDocuments(detail);
  if (kinds.length === 0) {
    return <Typography.Text type="secondary">{t('case.document.none')}</Typography.Text>;
  }
  return (
    <Flex gap={8} wrap data-testid="document-links">
      {kinds.map((kind) => {
        const url = documentUrl(detail.id, kind);
        const name = t(DOCUMENT_LABEL[kind]);
        return mode === 'print' ? (
          <Button key={kind} icon={<PrinterOutlined />} href={url} target="_blank" rel="noopener" data-document={kind}>
            {t('case.document.print', { name })}
          </Button>
        ) : (
          <span key={kind} data-document={kind}>
            <Space.Compact>
              <Button icon={<FilePdfOutlined />} href={url} target="_blank" rel="noopener">
                {name}
              </Button>
              <Button icon={<DownloadOutlined />} href={url} download={`${name}-${detail.caseNo}.pdf`} aria-label={t('case.file.download')} />
            </Space.Compact>
          </span>
        );
      })}
    </Flex>
  );
}
