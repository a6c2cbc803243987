import { InboxOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';
import { supplyDeferred } from '../api/applicant';
import type { CaseDetail } from '../shared/case-api';
import { formatDate } from '../shared/format';
import type { MaterialSpec } from '../shared/guide-api';
import { MaterialsChecklist, type MaterialValue } from '../shared/materials-checklist';

/**
 * 补交容缺材料: the materials deferred at acceptance that the applicant still owes, each with an upload,
 * and the date to hand them in by. Handing in some leaves the rest owed; the card goes when none is.
 */
export function SupplyPanel({ detail, specs, onSupplied }: { detail: CaseDetail; specs: readonly MaterialSpec[]; onSupplied: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [values, setValues] = useState<Record<string, MaterialValue>>({});
  const [uploading, setUploading] = useState(0);
  const [sending, setSending] = useState(false);
  // A code the current guide no longer lists is still owed: show it under its code.
  const owed = detail.deferredMaterials.map(
    (code): MaterialSpec => specs.find((spec) => spec.code === code) ?? { code, name: code, required: true, deferrable: true, form: 'electronic', copies: 1 },
  );
  const uploaded = owed.flatMap((spec) => {
    const file = values[spec.code]?.file;
    return file ? [{ code: spec.code, fileId: file.id }] : [];
  });

  async function send() {
    setSending(true);
    try {
      await supplyDeferred(detail.id, uploaded);
      void message.success(t('case.supply.done'));
      setValues({});
      onSupplied();
    } catch (error) {
      reportError(error);
    } finally {
      setSending(false);
    }
  }

  return (
    <Card
      variant="borderless"
      style={{ marginBottom: 16, border: '1px solid #91caff', background: '#f5f9ff' }}
      title={
        <Flex align="center" gap={8}>
          <InboxOutlined style={{ color: '#1a4fa0' }} />
          {t('case.supply.title')}
        </Flex>
      }
      data-testid="supply-panel"
    >
      <Typography.Paragraph strong style={{ color: '#d46b08' }} data-testid="supply-due">
        {t('case.supply.intro', { date: formatDate(detail.supplyDueAt) })}
      </Typography.Paragraph>
      <Card size="small" variant="outlined" styles={{ body: { paddingTop: 4, paddingBottom: 4 } }}>
        <MaterialsChecklist
          specs={owed}
          values={values}
          onChange={(code, value) => setValues((current) => ({ ...current, [code]: value }))}
          onBusy={(busy) => setUploading((count) => count + (busy ? 1 : -1))}
        />
      </Card>
      <Flex justify="flex-end" style={{ marginTop: 16 }}>
        <Button
          type="primary"
          size="large"
          icon={<SendOutlined />}
          disabled={uploaded.length === 0 || uploading > 0}
          loading={sending}
          onClick={() => void send()}
          data-testid="supply-submit"
        >
          {t('case.supply.submit')}
        </Button>
      </Flex>
    </Card>
  );
}
