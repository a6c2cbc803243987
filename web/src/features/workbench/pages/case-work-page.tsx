import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Result, Row, Skeleton } from 'antd';
import { useCallback, useMemo } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { getCase } from '@/features/cases/shared/case-api';
import { CaseHeaderCard } from '@/features/cases/shared/case-header';
import { CaseTimeline } from '@/features/cases/shared/case-timeline';
import { DocumentLinks } from '@/features/cases/shared/document-links';
import { formatTime } from '@/features/cases/shared/format';
import { FormValues } from '@/features/cases/shared/form-values';
import { getGuide } from '@/features/cases/shared/guide-api';
import { CaseMaterials } from '@/features/cases/components/case-materials';
import { CaseClock } from '@/features/intake/components/acceptance-clock';
import { LicensePanel } from '@/features/licenses';
import { ApiError } from '@/lib/api-client';
import { useLang, useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { getCaseWorkflow, listColleagues } from '../api/workbench';
import { CaseClocks } from '../components/case-clocks';
import { OpinionList } from '../components/opinion-list';
import { TaskActions } from '../components/task-actions';
import { workStepDescriber } from '../components/work-timeline';
import { WorkflowProgress } from '../components/workflow-progress';

/**
 * `/work/cases/:id` (办件): a case as the staff who work it see it: what waits for me (with the actions the
 * server allows now), the workflow's progress and opinions, the clocks with suspend/resume/extend, the
 * application form, the materials with previews, the documents and the timeline.
 */
export default function CaseWorkPage() {
  const t = useT();
  const { lang } = useLang();
  const { id = '' } = useParams();
  const location = useLocation();
  const fromTasks = (location.state as { from?: string } | null)?.from === 'tasks';
  const detail = useQuery((signal) => getCase(id, signal), [id]);
  const workflow = useQuery((signal) => getCaseWorkflow(id, signal), [id]);
  const colleagues = useQuery((signal) => listColleagues(signal), []);
  const itemCode = detail.data?.itemCode;
  const guide = useQuery((signal) => (itemCode ? getGuide(itemCode, signal) : Promise.resolve(undefined)), [itemCode]);
  const specs = useMemo(() => guide.data?.materials ?? [], [guide.data]);
  const reload = useCallback(() => {
    detail.reload();
    workflow.reload();
  }, [detail.reload, workflow.reload]);
  const describeStep = useMemo(() => workStepDescriber(workflow.data, t, lang), [workflow.data, t, lang]);

  const back = (
    <Link to={fromTasks ? '/work/tasks' : '/work/cases'} style={{ display: 'inline-block', marginBottom: 12 }}>
      <ArrowLeftOutlined /> {t(fromTasks ? 'wb.case.back' : 'wb.case.backToCases')}
    </Link>
  );
  const failure = detail.error ?? workflow.error;
  if (failure && (!detail.data || !workflow.data)) {
    const missing = failure instanceof ApiError && failure.status === 404;
    return missing ? (
      <Result status="404" title={t('wb.case.notFound')} extra={back} />
    ) : (
      <Alert type="error" showIcon title={t('common.loadFailed')} description={(failure as Error).message} />
    );
  }
  const c = detail.data;
  const wf = workflow.data;
  const materialName = (code: string) => specs.find((spec) => spec.code === code)?.name ?? code;

  return (
    <div data-testid="case-work">
      {back}
      {!c || !wf ? (
        <Skeleton active paragraph={{ rows: 12 }} />
      ) : (
        <>
          <CaseHeaderCard
            summary={c}
            received={t('wb.cases.received', { time: formatTime(c.receivedAt) })}
            departmentName={guide.data?.department.name}
            caseNoTestId="work-case-no"
            extra={
              <Flex align="center" gap={16}>
                <CaseClock summary={c} />
                <Button icon={<ReloadOutlined />} onClick={reload} aria-label={t('common.reload')} />
              </Flex>
            }
          />
          <Row gutter={16}>
            <Col xs={24} xl={16}>
              <Card variant="borderless" title={t('wb.case.progress')} style={{ marginBottom: 16 }} data-testid="workflow-progress">
                <WorkflowProgress workflow={wf} status={c.status} result={c.result} />
              </Card>
              <Card variant="borderless" title={t('wb.case.opinions')} style={{ marginBottom: 16 }}>
                <OpinionList workflow={wf} />
              </Card>
              <Card variant="borderless" title={t('case.detail.form')} style={{ marginBottom: 16 }}>
                <FormValues fields={guide.data?.form ?? []} values={c.form} />
              </Card>
              <Card variant="borderless" title={t('wb.case.materials')} style={{ marginBottom: 16 }} styles={{ body: { paddingTop: 4, paddingBottom: 4 } }}>
                {guide.data ? <CaseMaterials detail={c} specs={specs} /> : <Skeleton active />}
              </Card>
            </Col>
            <Col xs={24} xl={8}>
              <Card variant="borderless" title={t('wb.case.actions')} style={{ marginBottom: 16, borderTop: '3px solid #1a4fa0' }}>
                <TaskActions workflow={wf} caseStatus={c.status} colleagues={colleagues.data ?? []} onChanged={reload} />
              </Card>
              {/* Keyed by status: the panel reads the case itself, and must read it again once the case concludes. */}
              <LicensePanel key={c.status} caseId={c.id} onChanged={reload} />
              <Card variant="borderless" title={t('wb.case.clocks')} style={{ marginBottom: 16 }}>
                <CaseClocks detail={c} steps={wf.steps} onChanged={reload} />
              </Card>
              <Card variant="borderless" title={t('wb.case.documents')} style={{ marginBottom: 16 }}>
                <DocumentLinks detail={c} mode="print" />
              </Card>
              <Card variant="borderless" title={t('wb.case.timeline')} style={{ marginBottom: 16 }}>
                <CaseTimeline steps={c.timeline} audience="staff" materialName={materialName} describeStep={describeStep} />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </div>
  );
}
