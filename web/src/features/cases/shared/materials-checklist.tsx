import { ExclamationCircleFilled, LinkOutlined } from '@ant-design/icons';
import { Checkbox, Flex, Tag, Typography } from 'antd';
import { useT } from '@/lib/i18n';
import type { StoredFile } from './file-api';
import type { MaterialSpec } from './guide-api';
import { MaterialUpload } from './material-upload';

/** What has been handed in for one material: an uploaded file, or (at the window) the paper original. */
export interface MaterialValue {
  file?: StoredFile;
  paper?: boolean;
}

/** Whether a material has been handed in either way. */
export const isHandedIn = (value: MaterialValue | undefined): boolean => Boolean(value?.file || value?.paper);

/** The tags of a material: required or optional, deferrable (容缺), its form. */
export function MaterialTags({ spec }: { spec: MaterialSpec }) {
  const t = useT();
  return (
    <Flex gap={4} wrap>
      {spec.required ? <Tag color="red">{t('case.material.required')}</Tag> : <Tag>{t('case.material.optional')}</Tag>}
      {spec.deferrable && <Tag color="cyan">{t('case.material.deferrable')}</Tag>}
      <Tag variant="filled">{t(`case.material.form.${spec.form}`)}</Tag>
      {spec.copies > 1 && <Tag variant="filled">{t('case.material.copies', { copies: spec.copies })}</Tag>}
    </Flex>
  );
}

/**
 * The item's materials, each with its tags, notes and templates and an upload with progress and preview;
 * at the window also a tick for a paper original received. `problems` shows a notice's words on the
 * materials it names.
 */
export function MaterialsChecklist({
  specs,
  values,
  onChange,
  applicantId,
  atWindow = false,
  problems = {},
  onBusy,
}: {
  specs: readonly MaterialSpec[];
  values: Readonly<Record<string, MaterialValue>>;
  onChange: (code: string, value: MaterialValue) => void;
  applicantId?: string;
  atWindow?: boolean;
  problems?: Readonly<Record<string, string>>;
  onBusy?: (busy: boolean) => void;
}) {
  const t = useT();
  return (
    <Flex vertical gap={0} data-testid="materials-checklist">
      {specs.map((spec, index) => {
        const value = values[spec.code] ?? {};
        const problem = problems[spec.code];
        return (
          <Flex
            key={spec.code}
            gap={12}
            wrap
            justify="space-between"
            align="center"
            data-testid="material-row"
            data-code={spec.code}
            style={{
              padding: '14px 0',
              borderTop: index === 0 ? undefined : '1px solid #eef1f6',
            }}
          >
            <Flex vertical gap={6} style={{ flex: '1 1 320px', minWidth: 0 }}>
              <Typography.Text strong>
                <span style={{ color: '#1a4fa0', marginInlineEnd: 6 }}>{index + 1}.</span>
                {spec.name}
              </Typography.Text>
              <MaterialTags spec={spec} />
              {spec.note && (
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {spec.note}
                </Typography.Text>
              )}
              {(spec.blankFormUrl || spec.sampleUrl) && (
                <Flex gap={12} style={{ fontSize: 13 }}>
                  {spec.blankFormUrl && (
                    <a href={spec.blankFormUrl} target="_blank" rel="noopener">
                      <LinkOutlined /> {t('case.material.blankForm')}
                    </a>
                  )}
                  {spec.sampleUrl && (
                    <a href={spec.sampleUrl} target="_blank" rel="noopener">
                      <LinkOutlined /> {t('case.material.sample')}
                    </a>
                  )}
                </Flex>
              )}
              {problem && (
                <Typography.Text style={{ color: '#d46b08', fontSize: 13 }} data-testid="material-problem">
                  <ExclamationCircleFilled /> {problem}
                </Typography.Text>
              )}
            </Flex>
            <Flex vertical gap={6} align="flex-start" style={{ flex: '0 1 360px', minWidth: 0 }}>
              <MaterialUpload
                target={{ materialCode: spec.code, ...(applicantId && { applicantId }) }}
                value={value.file}
                onChange={(file) => onChange(spec.code, { ...value, file })}
                onBusy={onBusy}
              />
              {atWindow && (
                <Checkbox checked={value.paper ?? false} onChange={(event) => onChange(spec.code, { ...value, paper: event.target.checked })} data-testid="paper-received">
                  {t('case.material.paperReceived')}
                </Checkbox>
              )}
            </Flex>
          </Flex>
        );
      })}
    </Flex>
  );
}
