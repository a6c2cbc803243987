import { DownloadOutlined, FileTextOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Flex, Grid, Table, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '@/lib/i18n';
import type { Guide } from '../api/guides';

type Material = Guide['materials'][number];

function Need({ material }: { material: Material }) {
  const t = useT();
  return (
    <Flex gap={4} wrap>
      {material.required ? <Tag color="red">{t('guide.material.required')}</Tag> : <Tag>{t('guide.material.optional')}</Tag>}
      {material.deferrable && (
        <Tooltip title={t('guide.material.deferrableHelp')}>
          <Tag color="orange">{t('guide.material.deferrable')}</Tag>
        </Tooltip>
      )}
    </Flex>
  );
}

function Downloads({ material }: { material: Material }) {
  const t = useT();
  const links: ReactNode[] = [];
  // An uploaded file is served by the platform; a URL set in the item points elsewhere.
  const blankForm = material.blankForm?.url ?? material.blankFormUrl;
  const sample = material.sample?.url ?? material.sampleUrl;
  if (blankForm) {
    links.push(
      <a key="blank" href={blankForm} target="_blank" rel="noreferrer" download data-testid="material-blank-form">
        <DownloadOutlined /> {t('guide.material.blankForm')}
      </a>,
    );
  }
  if (sample) {
    links.push(
      <a key="sample" href={sample} target="_blank" rel="noreferrer" download data-testid="material-sample">
        <FileTextOutlined /> {t('guide.material.sample')}
      </a>,
    );
  }
  return links.length ? <Flex gap={12} wrap>{links}</Flex> : null;
}

function Details({ material }: { material: Material }) {
  const t = useT();
  return (
    <Flex vertical gap={2}>
      {material.licenseType && (
        <Typography.Text type="success">
          <SafetyCertificateOutlined /> {t('guide.material.licenseValue', { license: material.licenseType })}
        </Typography.Text>
      )}
      {material.note && <Typography.Text type="secondary">{material.note}</Typography.Text>}
      <Downloads material={material} />
    </Flex>
  );
}

/** 申请材料: a table on a wide screen, one card per material on a phone; marks, form, copies, samples to download. */
export function GuideMaterials({ materials }: { materials: Guide['materials'] }) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  if (materials.length === 0) return <Typography.Text>{t('guide.material.none')}</Typography.Text>;
  const form = (m: Material) => t(`guide.form.${m.form}`);

  if (!screens.md) {
    return (
      <Flex vertical gap={10} data-testid="guide-materials">
        {materials.map((m, i) => (
          <div key={m.code} style={{ border: '1px solid #e6eaf0', borderRadius: 8, padding: 12 }}>
            <Flex justify="space-between" gap={8} align="flex-start">
              <Typography.Text strong>
                {i + 1}. {m.name}
              </Typography.Text>
              <Need material={m} />
            </Flex>
            <Typography.Text type="secondary" style={{ display: 'block', margin: '4px 0' }}>
              {form(m)} · {t('guide.material.copiesValue', { copies: m.copies })}
            </Typography.Text>
            <Details material={m} />
          </div>
        ))}
      </Flex>
    );
  }

  return (
    <Table<Material>
      rowKey="code"
      size="middle"
      pagination={false}
      dataSource={materials}
      data-testid="guide-materials"
      columns={[
        { title: t('guide.material.index'), key: 'index', width: 64, align: 'center', render: (_, __, i) => i + 1 },
        { title: t('guide.material.name'), dataIndex: 'name', key: 'name', width: '26%', render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
        { title: t('guide.material.required'), key: 'need', width: 130, render: (_, m) => <Need material={m} /> },
        { title: t('guide.material.form'), key: 'form', width: 110, render: (_, m) => form(m) },
        { title: t('guide.material.copies'), key: 'copies', width: 80, align: 'center', render: (_, m) => t('guide.material.copiesValue', { copies: m.copies }) },
        { title: t('guide.material.note'), key: 'details', render: (_, m) => <Details material={m} /> },
      ]}
    />
  );
}
