import { ArrowLeftOutlined, CloudUploadOutlined, HistoryOutlined, ReadOutlined, SaveOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Anchor, App, Button, Card, Col, Flex, Form, Popconfirm, Row, Tag } from 'antd';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { PageHeader } from '@/components/page-header';
import { PageLoading } from '@/components/page-loading';
import { ApiError, toNamePath, type FieldProblem } from '@/lib/api-client';
import { useT } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';
import { createItem, publishItem, retireItem, updateItem, type ItemVersionView } from '../../api/items';
import { editorPath, emptyValues, itemFromValues, SECTIONS, valuesFromItem, type EditorValues, type SectionKey } from '../../utils/item-form-values';
import { ItemStatusTag } from '../item-status-tag';
import { BasicsSection } from './basics-section';
import { ContactSection } from './contact-section';
import { FeesSection } from './fees-section';
import { FormFieldsSection } from './form-fields-section';
import { MaterialsSection } from './materials-section';
import { PublishReasons } from './publish-reasons';
import { StepsSection } from './steps-section';
import { TimeSection } from './time-section';
import { useItemDraft } from './use-item-draft';
import { useLeaveGuard } from './use-leave-guard';

/** What went wrong last: a save the server refused (400) or a publish that failed its checks (422). */
interface Problems {
  kind: 'save' | 'publish';
  list: FieldProblem[];
}

const sectionId = (key: SectionKey) => `section-${key}`;

/** Steps problems by step index; -1 holds those about the steps as a whole (their total). */
function stepProblems(problems: Problems | null): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const problem of problems?.list ?? []) {
    const match = /^steps(?:\[(\d+)\])?/.exec(problem.field);
    if (!match) continue;
    const index = match[1] === undefined ? -1 : Number(match[1]);
    map.set(index, [...(map.get(index) ?? []), problem.message]);
  }
  return map;
}

/**
 * The item editor: every section on one page with an anchor menu, saving drafts, publishing with every
 * reason the checks give, and retiring. A published version is never edited: saving makes a new draft.
 */
export function ItemEditor({
  code,
  onBack,
  onCreated,
  onOpenHistory,
}: {
  code: string | null;
  onBack: () => void;
  onCreated: (code: string) => void;
  onOpenHistory: (code: string, name: string) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<EditorValues>();
  const draft = useItemDraft(code);
  const { latest, versions } = draft;
  const [dirty, setDirtyState] = useState(false);
  // Read by the navigation guard at the moment of leaving, which may come before a re-render.
  const dirtyRef = useRef(false);
  const setDirty = (value: boolean) => {
    dirtyRef.current = value;
    setDirtyState(value);
  };
  useLeaveGuard(dirtyRef);
  const [busy, setBusy] = useState<'save' | 'publish' | 'retire' | null>(null);
  const [problems, setProblems] = useState<Problems | null>(null);
  const loadedRef = useRef<string | null>(null);

  // Fill the form once per loaded version; later saves refill it from what the server stored.
  useEffect(() => {
    const key = latest ? latest.id + latest.updatedAt : code === null ? 'new' : null;
    if (key === null || loadedRef.current === key) return;
    loadedRef.current = key;
    form.resetFields();
    form.setFieldsValue(latest ? valuesFromItem(latest) : emptyValues());
    setDirty(false);
  }, [latest, code, form]);

  const published = versions.find((v) => v.status === 'published');
  const stepsByIndex = useMemo(() => stepProblems(problems), [problems]);

  function showProblems(kind: Problems['kind'], error: ApiError) {
    setProblems({ kind, list: [...error.fields] });
    form.setFields(error.fields.map((p) => ({ name: toNamePath(editorPath(p.field)) as never, errors: [p.message] })));
    // The reasons sit under the page title: back to the top, where the title and the status tag are.
    window.scrollTo({ top: 0, behavior: 'smooth' });
  }

  /** Saves the form; returns the stored version, or null when it could not. */
  async function save(): Promise<ItemVersionView | null> {
    try {
      await form.validateFields();
    } catch {
      void message.error(t('catalog.editor.fixFields'));
      return null;
    }
    const input = itemFromValues(form.getFieldsValue(true) as EditorValues);
    try {
      const view = latest ? await updateItem(latest.code, input) : await createItem(input);
      setProblems(null);
      setDirty(false);
      if (!latest) void message.success(t('catalog.editor.created', { version: view.version }));
      else if (view.version > latest.version) void message.success(t('catalog.editor.newVersion', { version: view.version }));
      else void message.success(t('catalog.editor.saved', { version: view.version }));
      draft.accept(view);
      if (!latest) onCreated(view.code);
      return view;
    } catch (error) {
      if (error instanceof ApiError && error.status === 400 && error.fields.length > 0) showProblems('save', error);
      else reportError(error);
      return null;
    }
  }

  async function run(kind: 'save' | 'publish' | 'retire', work: () => Promise<void>) {
    setBusy(kind);
    try {
      await work();
    } finally {
      setBusy(null);
    }
  }

  const handleSave = () => run('save', async () => void (await save()));

  const handlePublish = () =>
    run('publish', async () => {
      const current = dirty || !latest || latest.status !== 'draft' ? await save() : latest;
      if (!current) return;
      if (current.status !== 'draft') return;
      try {
        const view = await publishItem(current.code);
        setProblems(null);
        void message.success(t('catalog.editor.published', { version: view.version }));
        draft.accept(view);
      } catch (error) {
        if (error instanceof ApiError && error.status === 422) showProblems('publish', error);
        else reportError(error);
      }
    });

  const handleRetire = () =>
    run('retire', async () => {
      if (!latest) return;
      try {
        const view = await retireItem(latest.code);
        void message.success(t('catalog.editor.retired'));
        draft.accept(view);
      } catch (error) {
        reportError(error);
      }
    });

  function locate(field: string) {
    const path = toNamePath(editorPath(field));
    const step = /^steps\[(\d+)\]/.exec(field);
    const target = step ? document.querySelector(`[data-testid="step-${step[1]}"]`) : null;
    if (target) target.scrollIntoView({ behavior: 'smooth', block: 'center' });
    else if (path.length > 1 || typeof path[0] === 'string') {
      try {
        form.scrollToField(path, { behavior: 'smooth', block: 'center' });
      } catch {
        // Not a field of the form (a whole list): the section heading is as close as we get.
      }
    }
  }

  if (draft.loading) return <PageLoading />;
  if (draft.error !== undefined || (code !== null && !latest)) {
    const notFound = draft.error instanceof ApiError && draft.error.status === 404;
    return (
      <Alert
        type="error"
        showIcon
        title={notFound || !draft.error ? t('catalog.editor.notFound', { code: code ?? '' }) : t('common.loadFailed')}
        description={notFound ? undefined : (draft.error as Error | undefined)?.message}
        action={<Button onClick={onBack}>{t('catalog.editor.back')}</Button>}
      />
    );
  }

  const status = latest?.status;
  const sections: { key: SectionKey; body: ReactNode }[] = [
    { key: 'basics', body: <BasicsSection creating={!latest} /> },
    { key: 'materials', body: <MaterialsSection form={form} /> },
    { key: 'form', body: <FormFieldsSection /> },
    { key: 'steps', body: <StepsSection form={form} problems={stepsByIndex} /> },
    { key: 'fees', body: <FeesSection /> },
    { key: 'time', body: <TimeSection form={form} /> },
    { key: 'contact', body: <ContactSection /> },
  ];

  return (
    <div data-testid="item-editor">
      <PageHeader
        title={
          <Flex align="center" gap={10} wrap>
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={onBack} aria-label={t('catalog.editor.back')} />
            <span>{latest?.name ?? t('catalog.editor.newTitle')}</span>
            {latest && <ItemStatusTag status={latest.status} version={latest.version} />}
            {latest?.catchAll && <Tag color="purple">{t('catalog.catchAll')}</Tag>}
            {dirty && <Tag color="orange">{t('catalog.editor.unsaved')}</Tag>}
          </Flex>
        }
        description={latest ? `${latest.code} · ${latest.departmentName}` : undefined}
        extra={
          <>
            {latest && (
              <Button icon={<HistoryOutlined />} onClick={() => onOpenHistory(latest.code, latest.name)} data-testid="open-history">
                {t('catalog.history')}
              </Button>
            )}
            {published && latest && (
              <Button icon={<ReadOutlined />} href={`/guide/${encodeURIComponent(latest.code)}`} target="_blank">
                {t('catalog.guide')}
              </Button>
            )}
            {published && (
              <Popconfirm title={t('catalog.editor.retireConfirm')} onConfirm={() => void handleRetire()} okButtonProps={{ danger: true }}>
                <Button danger icon={<StopOutlined />} loading={busy === 'retire'} data-testid="retire-item">
                  {t('catalog.editor.retire')}
                </Button>
              </Popconfirm>
            )}
            <Button icon={<SaveOutlined />} onClick={() => void handleSave()} loading={busy === 'save'} disabled={busy !== null && busy !== 'save'} data-testid="save-item">
              {t('catalog.editor.saveDraft')}
            </Button>
            <Button type="primary" icon={<CloudUploadOutlined />} onClick={() => void handlePublish()} loading={busy === 'publish'} disabled={busy !== null && busy !== 'publish'} data-testid="publish-item">
              {t('catalog.editor.publish')}
            </Button>
          </>
        }
      />
      {status === 'published' && <Alert type="info" showIcon title={t('catalog.editor.editsPublished', { version: latest?.version ?? 0 })} style={{ marginBottom: 16 }} />}
      {status === 'retired' && <Alert type="warning" showIcon title={t('catalog.editor.editsRetired')} style={{ marginBottom: 16 }} />}
      {status === 'draft' && (
        <Alert
          type="warning"
          showIcon
          title={`${t('catalog.editor.draftOf', { version: latest?.version ?? 0 })}${published ? ` · ${t('catalog.publishedVersion', { version: published.version })}` : ''}`}
          style={{ marginBottom: 16 }}
        />
      )}
      {problems && (
        <PublishReasons
          title={t(problems.kind === 'publish' ? 'catalog.publish.rejected' : 'catalog.editor.invalidFields')}
          problems={problems.list}
          onLocate={locate}
          onClose={() => setProblems(null)}
        />
      )}
      <Row gutter={16} wrap={false}>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <Form
            form={form}
            layout="vertical"
            name="item-editor"
            requiredMark
            scrollToFirstError={{ behavior: 'smooth', block: 'center' }}
            onValuesChange={(changed: Partial<EditorValues>) => {
              setDirty(true);
              if (changed.charged === true && !(form.getFieldValue('fees') as unknown[] | undefined)?.length) form.setFieldValue('fees', [{}]);
            }}
          >
            <Flex vertical gap={16}>
              {sections.map((section) => (
                <Card key={section.key} id={sectionId(section.key)} title={t(`catalog.section.${section.key}`)} variant="borderless" style={{ scrollMarginTop: 72 }}>
                  {section.key === 'steps' && stepsByIndex.has(-1) && (
                    <Alert type="error" showIcon title={(stepsByIndex.get(-1) ?? []).join('；')} style={{ marginBottom: 12 }} />
                  )}
                  {section.body}
                </Card>
              ))}
            </Flex>
          </Form>
        </Col>
        <Col flex="156px" className="catalog-editor-anchor">
          <Anchor
            offsetTop={72}
            targetOffset={80}
            items={SECTIONS.map((key) => ({ key, href: `#${sectionId(key)}`, title: t(`catalog.section.${key}`) }))}
            onClick={(event) => event.preventDefault()}
            replace
          />
        </Col>
      </Row>
    </div>
  );
}
