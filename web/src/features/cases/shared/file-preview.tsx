import { DownloadOutlined, EyeOutlined, FileImageOutlined, FileOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Button, Flex, Grid, Modal, Skeleton, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { fileContentUrl, formatSize, getFile, previewKind, type StoredFile } from './file-api';

function FileIcon({ mime }: { mime: string }) {
  const kind = previewKind(mime);
  if (kind === 'image') return <FileImageOutlined style={{ color: '#1a4fa0' }} />;
  if (kind === 'pdf') return <FilePdfOutlined style={{ color: '#c0392b' }} />;
  return <FileOutlined />;
}

/** A stored file: its name and size, a preview in place for images and PDF, and a download. */
export function FileChip({ file, compact = false }: { file: StoredFile; compact?: boolean }) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  const [open, setOpen] = useState(false);
  const kind = previewKind(file.mime);
  const url = fileContentUrl(file.id);
  // Phone browsers do not draw a PDF inside a page: open it in the browser's own viewer instead.
  const inPage = kind === 'image' || (kind === 'pdf' && screens.md);

  return (
    <Flex align="center" gap={8} wrap style={{ minWidth: 0 }} data-testid="file-chip" data-file-id={file.id}>
      <FileIcon mime={file.mime} />
      <Typography.Text ellipsis={{ tooltip: file.name }} style={{ maxWidth: compact ? 180 : 280 }}>
        {file.name}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatSize(file.size)}
      </Typography.Text>
      {kind && inPage && (
        <Button size="small" type="link" icon={<EyeOutlined />} onClick={() => setOpen(true)} style={{ paddingInline: 4 }} data-testid="preview-file">
          {t('case.file.preview')}
        </Button>
      )}
      {kind && !inPage && (
        <Button size="small" type="link" icon={<EyeOutlined />} href={url} target="_blank" rel="noopener" style={{ paddingInline: 4 }}>
          {t('case.file.preview')}
        </Button>
      )}
      <Tooltip title={t('case.file.download')}>
        <Button size="small" type="text" icon={<DownloadOutlined />} href={url} download={file.name} aria-label={t('case.file.download')} />
      </Tooltip>
      {open && (
        <Modal
          open
          title={file.name}
          onCancel={() => setOpen(false)}
          footer={
            <Button href={url} target="_blank" rel="noopener">
              {t('case.file.openNew')}
            </Button>
          }
          width={kind === 'pdf' ? 960 : 760}
          centered
        >
          {kind === 'image' ? (
            <img src={url} alt={file.name} style={{ display: 'block', maxWidth: '100%', maxHeight: '72vh', margin: '0 auto' }} data-testid="preview-image" />
          ) : (
            <iframe src={url} title={file.name} style={{ width: '100%', height: '72vh', border: '1px solid #e6eaf0', borderRadius: 6 }} />
          )}
        </Modal>
      )}
    </Flex>
  );
}

/** A case's material by file id: loads its metadata, then shows it as a FileChip. */
export function CaseFile({ fileId, compact }: { fileId: string; compact?: boolean }) {
  const t = useT();
  const meta = useQuery((signal) => getFile(fileId, signal), [fileId]);
  if (meta.loading && !meta.data) return <Skeleton.Input active size="small" style={{ width: 200 }} />;
  if (!meta.data) {
    return (
      <Typography.Text type="secondary" data-testid="file-unavailable">
        <FileOutlined /> {t('case.file.unavailable')}
      </Typography.Text>
    );
  }
  return <FileChip file={meta.data} compact={compact} />;
}
