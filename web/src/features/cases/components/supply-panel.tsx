import { InboxOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { useT } from '@/lib/i18n';
import { supplyDeferred } from '../api/applicant';
import type { CaseDetail } from '../shared/case-api';
import { formatDate } from '../shared/format';
import type { MaterialSpec } from '../shared/guide-api';
import { useMaterialAnswer } from '../shared/material-answer';

/**
 * 补交容缺材料: the materials deferred at acceptance that the applicant still owes, each with an upload,
 * and the date to hand them in by. Handing in some leaves the rest owed; the card goes when none is.
 */
export function SupplyPanel({ detail, specs, onSupplied }: { detail: CaseDetail; specs: readonly MaterialSpec[]; onSupplied: () => void }) {
  const t = useT();
  const answer = useMaterialAnswer({ send: (uploaded) => supplyDeferred(detail.id, uploaded), successText: t('case.supply.done'), onSent: onSupplied });
  // A code the current guide no longer lists is still owed: show it under its code.
  const owed = detail.deferredMaterials.map(
    (code): MaterialSpec => specs.find((spec) => spec.code === code) ?? { code, name: code, required: true, deferrable: true, form: 'electronic', copies: 1 },
  );

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
      {answer.checklist(owed)}
      <Flex justify="flex-end" style={{ marginTop: 16 }}>
        {answer.sendButton(t('case.supply.submit'), 'supply-submit')}
      </Flex>
    </Card>
  );
}
