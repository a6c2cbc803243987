import { Alert, Checkbox, Descriptions, Flex, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { SingleFileDragger } from '@/components/single-file-dragger';
import { ApiError, type FieldProblem } from '@/lib/api-client';
import { useT } from '@/lib/i18n';
import { importCatalogJson, importCatalogWorkbook, type ImportResult } from '../api/exchange';

type Outcome = { kind: 'done'; result: ImportResult } | { kind: 'failed'; message: string; problems: FieldProblem[] };

const RESULT_KEYS = ['created', 'updated', 'unchanged', 'published'] as const;

/** `items[15].steps[0].key` → `360100-ZR-0701 · steps[0].key` when the file says which item is 15th. */
function nameItem(field: string, codes: readonly string[]): string {
  const match = /^items\[(\d+)\]\.?(.*)$/.exec(field);
  const code = match ? codes[Number(match[1])] : undefined;
  return match && code ? `${code} · ${match[2] || 'items'}` : field;
}

/** Imports a JSON exchange file or an Excel workbook, all or nothing, and shows what it did or every reason it did not. */
export function ImportModal({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [publish, setPublish] = useState(true);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  function close() {
    setFile(null);
    setOutcome(null);
    onClose();
  }

  async function submit() {
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    // Item codes of a JSON file by position, so `items[15].steps[0].key` can name its item.
    let codes: string[] = [];
    try {
      let result: ImportResult;
      if (/\.xlsx$/i.test(file.name)) result = await importCatalogWorkbook(file, publish);
      else if (/\.json$/i.test(file.name)) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(await file.text());
        } catch {
          setOutcome({ kind: 'failed', message: t('catalog.import.badJson'), problems: [] });
          return;
        }
        codes = Array.isArray((parsed as { items?: unknown }).items) ? ((parsed as { items: { code?: unknown }[] }).items.map((item) => String(item.code ?? ''))) : [];
        result = await importCatalogJson(parsed, publish);
      } else {
        setOutcome({ kind: 'failed', message: t('catalog.import.unsupported'), problems: [] });
        return;
      }
      setOutcome({ kind: 'done', result });
      onImported();
    } catch (error) {
      setOutcome({
        kind: 'failed',
        message: error instanceof ApiError && error.status === 422 ? `${t('catalog.import.rejected')}：${error.message}` : (error as Error).message,
        problems: error instanceof ApiError ? error.fields.map((p) => ({ ...p, field: nameItem(p.field, codes) })) : [],
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={open}
      title={t('catalog.import.title')}
      okText={t('catalog.import.submit')}
      okButtonProps={{ disabled: !file, loading: busy }}
      onOk={() => void submit()}
      onCancel={close}
      width={640}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('catalog.import.description')}</Typography.Paragraph>
      <SingleFileDragger
        accept=".json,.xlsx" fileName={file?.name} text={t('catalog.import.pick')} onRemove={() => setFile(null)}
        onPick={(picked) => {
          setFile(picked);
          setOutcome(null);
        }}
      />
      <Checkbox checked={publish} onChange={(e) => setPublish(e.target.checked)} style={{ marginTop: 12 }}>
        {t('catalog.import.publish')}
      </Checkbox>
      {outcome?.kind === 'done' && (
        <Descriptions
          bordered
          size="small"
          column={1}
          style={{ marginTop: 16 }}
          title={t('catalog.import.done')}
          data-testid="import-result"
          items={RESULT_KEYS.map((key) => ({
            key,
            label: `${t(`catalog.import.${key}`)}（${outcome.result[key].length}）`,
            children: (
              <Flex wrap gap={4}>
                {outcome.result[key].length ? outcome.result[key].map((code) => <Tag key={code}>{code}</Tag>) : '—'}
              </Flex>
            ),
          }))}
        />
      )}
      {outcome?.kind === 'failed' && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 16 }}
          title={outcome.message}
          data-testid="import-errors"
          description={
            outcome.problems.length > 0 && (
              <ul style={{ margin: 0, paddingInlineStart: 18, maxHeight: 240, overflow: 'auto' }}>
                {outcome.problems.map((p, i) => (
                  <li key={`${p.field}-${i}`}>
                    <Typography.Text code>{p.field}</Typography.Text> {p.message}
                  </li>
                ))}
              </ul>
            )
          }
        />
      )}
    </Modal>
  );
}
