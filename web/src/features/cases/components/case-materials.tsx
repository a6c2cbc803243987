import { Flex, Tag, Typography } from 'antd';
import { useT } from '@/lib/i18n';
import type { CaseDetail } from '../shared/case-api';
import { CaseFile } from '../shared/file-preview';
import type { MaterialSpec } from '../shared/guide-api';
import { MaterialTags } from '../shared/materials-checklist';

/** The materials of a case as handed in: each of the item's materials with its file, paper original, or nothing yet. */
export function CaseMaterials({ detail, specs }: { detail: CaseDetail; specs: readonly MaterialSpec[] }) {
  const t = useT();
  const byCode = new Map(detail.materials.map((m) => [m.code, m]));
  return (
    <Flex vertical data-testid="case-materials">
      {specs.map((spec, index) => {
        const material = byCode.get(spec.code);
        const deferred = detail.deferredMaterials.includes(spec.code);
        return (
          <Flex key={spec.code} vertical gap={6} style={{ padding: '12px 0', borderTop: index === 0 ? undefined : '1px solid #eef1f6' }} data-code={spec.code}>
            <Typography.Text strong>
              {index + 1}. {spec.name}
            </Typography.Text>
            <Flex gap={4} wrap>
              <MaterialTags spec={spec} />
              {deferred && <Tag color="cyan">{t('case.material.deferredNow')}</Tag>}
            </Flex>
            {material?.fileId ? (
              <CaseFile fileId={material.fileId} />
            ) : material ? (
              <Typography.Text type="secondary">{t('case.material.paperHandedIn')}</Typography.Text>
            ) : (
              <Typography.Text type={spec.required && !deferred ? 'danger' : 'secondary'}>{t('case.material.notHandedIn')}</Typography.Text>
            )}
          </Flex>
        );
      })}
    </Flex>
  );
}
