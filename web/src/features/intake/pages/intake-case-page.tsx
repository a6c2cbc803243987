import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Flex, Result, Row, Skeleton, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { getCase, type CaseDetail, type NoticeProblem } from '@/features/cases/shared/case-api';
import { CaseHeaderCard } from '@/features/cases/shared/case-header';
import { CaseTimeline } from '@/features/cases/shared/case-timeline';
import { DocumentLinks } from '@/features/cases/shared/document-links';
import { formatDate, formatTime } from '@/features/cases/shared/format';
import { FormValues } from '@/features/cases/shared/form-values';
import { getGuide, type MaterialSpec } from '@/features/cases/shared/guide-api';
import { ApiError } from '@/lib/api-client';
import { useAuth } from '@/lib/auth-context';
import { useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { AcceptModal } from '../components/accept-modal';
import { CaseClock } from '../components/acceptance-clock';
import { ApplicantCard } from '../components/applicant-card';
import { IntakeActions, type ReviewProgress } from '../components/intake-actions';
import { initialMarks, MaterialReview, reviewableCodes, type ReviewMark } from '../components/material-review';
import { NoticeModal } from '../components/notice-modal';
import { RefuseModal } from '../components/refuse-modal';
import { SourceTags } from '../components/source-tags';

function reviewOf(detail: CaseDetail, specs: readonly MaterialSpec[], marks: Readonly<Record<string, ReviewMark>>): { progress: ReviewProgress; problems: NoticeProblem[] } {
  const codes = reviewableCodes(detail, specs);
  const reviewable = specs.filter((spec) => codes.has(spec.code));
  const problems = reviewable.flatMap((spec) => {
    const mark = marks[spec.code];
    return mark?.verdict === 'problem' ? [{ materialCode: spec.code, problem: mark.problem?.trim() ?? '' }] : [];
  });
  return {
    problems,
    progress: {
      reviewable: reviewable.length,
      marked: reviewable.filter((spec) => marks[spec.code]?.verdict).length,
      problems: problems.length,
      unwritten: problems.filter((p) => !p.problem).length,
    },
  };
}

/** `/intake/:id`: the window's view of a case: form, materials with preview and marks, and the decisions. */
export default function IntakeCasePage() {
  const t = useT();
  const { id = '' } = useParams();
  const { user } = useAuth();
  const detail = useQuery((signal) => getCase(id, signal), [id]);
  const itemCode = detail.data?.itemCode;
  const guide = useQuery((signal) => (itemCode ? getGuide(itemCode, signal) : Promise.resolve(undefined)), [itemCode]);
  const specs = useMemo(() => guide.data?.materials ?? [], [guide.data]);
  const [marks, setMarks] = useState<Record<string, ReviewMark>>({});
  const [dialog, setDialog] = useState<'accept' | 'notice' | 'refuse' | null>(null);
  const roles = user?.roles ?? [];
  const isClerk = roles.includes('clerk');
  const canDecide = roles.includes('approver') || roles.includes('supervisor');

  // A new round (after a resubmission) starts a fresh review; only then, so marks in progress survive a
  // language switch or a reload of the same round.
  const round = detail.data ? `${detail.data.id}:${detail.data.round}:${detail.data.status}` : '';
  useEffect(() => {
    if (detail.data && guide.data) setMarks(initialMarks(detail.data, guide.data.materials, t('intake.review.missingDefault')));
  }, [round, guide.data]);

  if (detail.error && !detail.data) {
    const missing = detail.error instanceof ApiError && detail.error.status === 404;
    return missing ? (
      <Result status="404" title={t('case.detail.notFound')} extra={<Link to="/intake">{t('intake.back')}</Link>} />
    ) : (
      <Alert type="error" showIcon title={t('common.loadFailed')} description={(detail.error as Error).message} />
    );
  }
  const c = detail.data;
  const materialName = (code: string) => specs.find((spec) => spec.code === code)?.name ?? code;
  const review = c ? reviewOf(c, specs, marks) : null;
  const afterChange = () => {
    setDialog(null);
    detail.reload();
  };

  return (
    <div data-testid="intake-case">
      <Link to={canDecide && !isClerk ? '/refusals' : '/intake'} style={{ display: 'inline-block', marginBottom: 12 }}>
        <ArrowLeftOutlined /> {t(canDecide && !isClerk ? 'intake.backToRefusals' : 'intake.back')}
      </Link>
      {!c || !review ? (
        <Skeleton active paragraph={{ rows: 12 }} />
      ) : (
        <>
          <CaseHeaderCard
            summary={c}
            tags={<SourceTags summary={c} />}
            received={t('intake.receivedAt', { time: formatTime(c.receivedAt) })}
            departmentName={guide.data?.department.name}
            caseNoTestId="intake-case-no"
            extra={<CaseClock summary={c} />}
          />
          <Row gutter={16}>
            <Col xs={24} xl={16}>
              <Card
                variant="borderless"
                title={t('intake.review.title')}
                style={{ marginBottom: 16 }}
                styles={{ body: { paddingTop: 4, paddingBottom: 4 } }}
              >
                {c.status === 'submitted' && isClerk && (
                  <Typography.Paragraph type="secondary" style={{ fontSize: 13, margin: '12px 0 0' }}>
                    {t('intake.review.hint')}
                  </Typography.Paragraph>
                )}
                {guide.data ? (
                  <MaterialReview
                    detail={c}
                    specs={specs}
                    marks={marks}
                    onMark={(code, mark) => setMarks((current) => ({ ...current, [code]: mark }))}
                    editable={c.status === 'submitted' && isClerk}
                  />
                ) : (
                  <Skeleton active />
                )}
              </Card>
              <Card variant="borderless" title={t('case.detail.form')} style={{ marginBottom: 16 }}>
                <FormValues fields={guide.data?.form ?? []} values={c.form} />
              </Card>
              {c.correctionNotices.length > 0 && (
                <Card variant="borderless" title={t('intake.notices.title')} style={{ marginBottom: 16 }} data-testid="notice-history">
                  <Flex vertical gap={12}>
                    {c.correctionNotices.map((notice) => (
                      <div key={notice.round}>
                        <Typography.Text strong>
                          {t('intake.notices.round', { round: notice.round, time: formatTime(notice.issuedAt), date: formatDate(notice.supplementDueAt) })}
                        </Typography.Text>
                        <ol style={{ margin: '4px 0 0', paddingInlineStart: 22 }}>
                          {notice.problems.map((p) => (
                            <li key={p.materialCode}>
                              {materialName(p.materialCode)}：{p.problem}
                            </li>
                          ))}
                        </ol>
                      </div>
                    ))}
                  </Flex>
                </Card>
              )}
            </Col>
            <Col xs={24} xl={8}>
              <Card variant="borderless" title={t('intake.actions.title')} style={{ marginBottom: 16 }}>
                <IntakeActions
                  detail={c}
                  progress={review.progress}
                  isClerk={isClerk}
                  canDecide={canDecide}
                  onAccept={() => setDialog('accept')}
                  onNotice={() => setDialog('notice')}
                  onRefuse={() => setDialog('refuse')}
                  onChanged={afterChange}
                />
              </Card>
              <Card variant="borderless" title={t('intake.applicant.title')} style={{ marginBottom: 16 }}>
                <ApplicantCard applicantId={c.applicantId} />
              </Card>
              <Card variant="borderless" title={t('intake.documents')} style={{ marginBottom: 16 }}>
                <DocumentLinks detail={c} mode="print" />
              </Card>
              <Card variant="borderless" title={t('intake.timeline')} style={{ marginBottom: 16 }}>
                <CaseTimeline steps={c.timeline} audience="staff" materialName={materialName} />
              </Card>
            </Col>
          </Row>
          {guide.data && (
            <>
              <AcceptModal open={dialog === 'accept'} detail={c} guide={guide.data} problemCount={review.progress.problems} onClose={() => setDialog(null)} onAccepted={afterChange} />
              <NoticeModal open={dialog === 'notice'} detail={c} guide={guide.data} problems={review.problems} onClose={() => setDialog(null)} onIssued={afterChange} />
            </>
          )}
          <RefuseModal open={dialog === 'refuse'} detail={c} onClose={() => setDialog(null)} onProposed={afterChange} />
        </>
      )}
    </div>
  );
}
