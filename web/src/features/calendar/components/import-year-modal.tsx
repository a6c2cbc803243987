import { Alert, Flex, Form, InputNumber, Modal, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { SingleFileDragger } from '@/components/single-file-dragger';
import { useT } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';
import { importYear, type ImportResult, type YearSchedule } from '../api/calendar';

type Parsed = { format: 'json'; schedule: YearSchedule; year?: number } | { format: 'ics'; ics: string; year?: number };

/** The shape of a JSON file, as the notice states a holiday (an illustration; real dates come from the notice). */
const JSON_SAMPLE = `{ "holidays": [
  { "name": "春节", "from": "YYYY-MM-DD", "to": "YYYY-MM-DD", "workdays": ["YYYY-MM-DD"] }
] }`;

const asString = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * Reads a JSON file in the notice's shape (`{holidays: [...]}`, also nested under `schedule`, as
 * official.ts writes a notice) or an .ics feed. Extra fields such as `nameEn` are dropped, since the
 * server accepts only the notice's own fields.
 */
function parseFile(name: string, text: string): Parsed | null {
  if (/\.ics$/i.test(name)) {
    const year = /DTSTART[^:]*:(\d{4})/.exec(text)?.[1];
    return { format: 'ics', ics: text, ...(year && { year: Number(year) }) };
  }
  if (!/\.json$/i.test(name)) return null;
  const parsed = JSON.parse(text) as { year?: unknown; holidays?: unknown; schedule?: { holidays?: unknown } };
  const list = Array.isArray(parsed.holidays) ? parsed.holidays : Array.isArray(parsed.schedule?.holidays) ? parsed.schedule.holidays : null;
  if (!list) throw new Error('no holidays');
  const holidays = (list as Record<string, unknown>[]).map((h) => ({
    name: asString(h.name),
    from: asString(h.from),
    to: asString(h.to),
    ...(Array.isArray(h.workdays) && { workdays: h.workdays.map(asString) }),
  }));
  return { format: 'json', schedule: { holidays }, ...(typeof parsed.year === 'number' && { year: parsed.year }) };
}

/** Imports one year's holidays and make-up workdays from a JSON or .ics file, and says what was taken and what was skipped. */
export function ImportYearModal({ open, defaultYear, onClose, onImported }: { open: boolean; defaultYear: number; onClose: () => void; onImported: (year: number) => void }) {
  const t = useT();
  const reportError = useReportError();
  const [year, setYear] = useState(defaultYear);
  const [file, setFile] = useState<{ name: string; parsed: Parsed } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    setYear(defaultYear);
    setFile(null);
    setProblem(null);
    setResult(null);
  }, [open, defaultYear]);

  async function pick(picked: File) {
    setResult(null);
    try {
      const parsed = parseFile(picked.name, await picked.text());
      if (!parsed) {
        setProblem(t('calendar.importModal.unsupported'));
        setFile(null);
        return;
      }
      setProblem(null);
      setFile({ name: picked.name, parsed });
      if (parsed.year) setYear(parsed.year);
    } catch {
      setProblem(t('calendar.importModal.badJson'));
      setFile(null);
    }
  }

  async function submit() {
    if (!file) return;
    setBusy(true);
    try {
      const { year: _ignored, ...body } = file.parsed;
      const imported = await importYear(year, body);
      setResult(imported);
      onImported(imported.year);
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={open}
      title={t('calendar.importModal.title')}
      okText={t('calendar.importModal.submit')}
      okButtonProps={{ disabled: !file || result !== null, loading: busy }}
      onOk={() => void submit()}
      onCancel={onClose}
      width={620}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
        {t('calendar.importModal.description')}
      </Typography.Paragraph>
      <ul style={{ marginTop: 0, paddingInlineStart: 20, color: '#5b6b82', fontSize: 13 }}>
        <li>
          {t('calendar.importModal.jsonFormat')}
          <pre className="calendar-json-sample">{JSON_SAMPLE}</pre>
        </li>
        <li>{t('calendar.importModal.icsFormat')}</li>
      </ul>
      <Form layout="vertical">
        <Form.Item label={t('calendar.importModal.year')} style={{ marginBottom: 12 }}>
          <InputNumber min={2000} max={2100} precision={0} value={year} onChange={(value) => value && setYear(value)} id="import-year" />
        </Form.Item>
      </Form>
      <SingleFileDragger accept=".json,.ics" fileName={file?.name} text={t('calendar.importModal.pick')} onPick={(picked) => void pick(picked)} onRemove={() => setFile(null)} />
      {file?.parsed.format === 'json' && !result && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
          {t('calendar.importModal.preview', { count: file.parsed.schedule.holidays.length })}
        </Typography.Text>
      )}
      {problem && <Alert type="error" showIcon title={problem} style={{ marginTop: 12 }} />}
      {result && (
        <Alert
          type="success"
          showIcon
          style={{ marginTop: 12 }}
          data-testid="import-year-result"
          title={t('calendar.importModal.done', { year: result.year, marks: result.marks })}
          description={
            result.skipped.length === 0 ? (
              t('calendar.importModal.noneSkipped')
            ) : (
              <Flex vertical gap={6}>
                <span>{t('calendar.importModal.skipped')}</span>
                <Flex wrap gap={4}>
                  {result.skipped.map((summary, i) => (
                    <Tag key={`${summary}-${i}`}>{summary}</Tag>
                  ))}
                </Flex>
              </Flex>
            )
          }
        />
      )}
    </Modal>
  );
}
