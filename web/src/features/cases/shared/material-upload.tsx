import { CloseOutlined, ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Progress, Tooltip, Typography, Upload } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';
import { ACCEPTED_FILES, uploadFile, type StoredFile, type UploadTarget } from './file-api';
import { FileChip } from './file-preview';

/**
 * One material's upload: a button, the progress while the bytes go up, then the stored file with its
 * preview, and a way to replace or remove it. The server judges the kind by content.
 */
export function MaterialUpload({
  target,
  value,
  onChange,
  disabled = false,
  onBusy,
}: {
  target: UploadTarget;
  value: StoredFile | undefined;
  onChange: (file: StoredFile | undefined) => void;
  disabled?: boolean;
  /** Told when an upload starts and ends, so a form can wait for it before submitting. */
  onBusy?: (busy: boolean) => void;
}) {
  const t = useT();
  const reportError = useReportError();
  const [progress, setProgress] = useState<{ name: string; percent: number } | null>(null);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  async function start(file: File) {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setProgress({ name: file.name, percent: 0 });
    onBusy?.(true);
    try {
      const stored = await uploadFile(file, target, (percent) => setProgress({ name: file.name, percent }), abort.signal);
      onChange(stored);
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) reportError(error);
    } finally {
      if (controller.current === abort) controller.current = null;
      setProgress(null);
      onBusy?.(false);
    }
  }

  const picker = (label: string, icon: ReactNode, primary: boolean) => (
    <Upload
      accept={ACCEPTED_FILES}
      showUploadList={false}
      disabled={disabled || progress !== null}
      beforeUpload={(file) => {
        void start(file);
        return false;
      }}
    >
      <Button size={primary ? 'middle' : 'small'} type={primary ? 'default' : 'link'} icon={icon} disabled={disabled || progress !== null} data-testid="upload-button">
        {label}
      </Button>
    </Upload>
  );

  if (progress) {
    return (
      <Flex vertical gap={2} style={{ width: '100%', maxWidth: 360 }} data-testid="upload-progress">
        <Flex justify="space-between" gap={8}>
          <Typography.Text ellipsis style={{ fontSize: 13 }}>
            {progress.name}
          </Typography.Text>
          <Tooltip title={t('common.cancel')}>
            <Button size="small" type="text" icon={<CloseOutlined />} onClick={() => controller.current?.abort()} aria-label={t('common.cancel')} />
          </Tooltip>
        </Flex>
        <Progress percent={progress.percent} size="small" status="active" />
      </Flex>
    );
  }
  if (value) {
    return (
      <Flex align="center" gap={4} wrap>
        <FileChip file={value} compact />
        {!disabled && (
          <>
            {picker(t('case.upload.replace'), <ReloadOutlined />, false)}
            <Button size="small" type="link" danger onClick={() => onChange(undefined)} style={{ paddingInline: 4 }}>
              {t('case.upload.remove')}
            </Button>
          </>
        )}
      </Flex>
    );
  }
  return picker(t('case.upload.choose'), <UploadOutlined />, true);
}
