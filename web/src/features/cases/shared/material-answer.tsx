import { SendOutlined } from '@ant-design/icons';
import { App, Button, Card } from 'antd';
import { useState, type ReactNode } from 'react';
import { useReportError } from '@/lib/use-report-error';
import type { MaterialSpec } from './guide-api';
import { MaterialsChecklist, type MaterialValue } from './materials-checklist';

/** A material handed in by upload, as the resubmit and supply routes take it. */
export interface UploadedMaterial {
  code: string;
  fileId: string;
}

/**
 * The applicant answering a request for materials (a correction notice, the materials deferred at acceptance):
 * the uploads, and one send that is allowed once something is uploaded and nothing is still uploading.
 */
export function useMaterialAnswer({ send, successText, onSent }: {
  send: (uploaded: UploadedMaterial[]) => Promise<unknown>;
  successText: string;
  onSent: () => void;
}) {
  const { message } = App.useApp();
  const reportError = useReportError();
  const [values, setValues] = useState<Record<string, MaterialValue>>({});
  const [uploading, setUploading] = useState(0);
  const [sending, setSending] = useState(false);
  const uploaded = Object.entries(values).flatMap(([code, value]) => (value.file ? [{ code, fileId: value.file.id }] : []));

  async function sendNow() {
    setSending(true);
    try {
      await send(uploaded);
      void message.success(successText);
      setValues({});
      onSent();
    } catch (error) {
      reportError(error);
    } finally {
      setSending(false);
    }
  }

  const checklist = (specs: readonly MaterialSpec[], problems?: Readonly<Record<string, string>>) => (
    <Card size="small" variant="outlined" styles={{ body: { paddingTop: 4, paddingBottom: 4 } }}>
      <MaterialsChecklist
        specs={specs}
        values={values}
        {...(problems && { problems })}
        onChange={(code, value) => setValues((current) => ({ ...current, [code]: value }))}
        onBusy={(busy) => setUploading((count) => count + (busy ? 1 : -1))}
      />
    </Card>
  );

  const sendButton = (label: ReactNode, testId: string, onClick: () => void = () => void sendNow()) => (
    <Button
      type="primary" size="large" icon={<SendOutlined />} disabled={uploaded.length === 0 || uploading > 0}
      loading={sending} onClick={onClick} data-testid={testId}
    >
      {label}
    </Button>
  );

  return { values, uploaded, sendNow, checklist, sendButton };
}
