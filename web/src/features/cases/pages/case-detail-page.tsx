import { ArrowLeftOutlined, EnvironmentOutlined, PhoneOutlined } from '@ant-design/icons';
import { canTransition } from '@core/cases/status';
import { Alert, Card, Col, Descriptions, Flex, Result, Row, Skeleton, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { RatingForm } from '@/features/ratings/components/rating-form';
import { ApiError } from '@/lib/api-client';
import { useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { CaseMaterials } from '../components/case-materials';
import { CorrectionPanel } from '../components/correction-panel';
import { SupplyPanel } from '../components/supply-panel';
import { WithdrawButton } from '../components/withdraw-button';
import { getCase, type CaseDetail } from '../shared/case-api';
import { pendingStep } from '../shared/case-pending';
import { CaseStatusTag, WarningTag } from '../shared/case-status-tag';
import { CaseTimeline } from '../shared/case-timeline';
import { DocumentLinks } from '../shared/document-links';
import { formatDate, formatTime } from '../shared/format';
import { FormValues } from '../shared/form-values';
import { getGuide, type Guide } from '../shared/guide-api';
import { LicensePanel } from '@/features/licenses';

function StatusAlert({ detail }: { detail: CaseDetail }) {
  const t = useT();
  switch (detail.status) {
    case 'refused':
      return (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('case.detail.refusedTitle')}
          description={
            <>
              {detail.refusalReason && <div>{t('case.step.reason', { reason: detail.refusalReason })}</div>}
              <div>{t('case.detail.remedies')}</div>
            </>
          }
        />
      );
    case 'withdrawn':
      return <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('case.detail.withdrawnTitle')} />;
    case 'abandoned':
      return <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('case.detail.abandonedTitle')} description={t('case.detail.abandonedBody')} />;
    default:
      // Deferred materials still owed have their own card (SupplyPanel), with the date and the uploads.
      return null;
  }
}

function OfficeCard({ guide }: { guide: Guide }) {
  const t = useT();
  return (
    <Card variant="borderless" title={t('case.detail.office')} style={{ marginBottom: 16 }}>
      <Flex vertical gap={8}>
        <Typography.Text strong>{guide.department.name}</Typography.Text>
        {guide.contactPhone && (
          <Typography.Text>
            <PhoneOutlined /> {t('case.detail.contact')} {guide.contactPhone}
          </Typography.Text>
        )}
        {guide.complaintPhone && (
          <Typography.Text>
            <PhoneOutlined /> {t('case.detail.complaint')} {guide.complaintPhone}
          </Typography.Text>
        )}
        {guide.hallAddress && (
          <Typography.Text type="secondary">
            <EnvironmentOutlined /> {guide.hallAddress}
            {guide.hallHours && ` · ${guide.hallHours}`}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}

/** `/my-cases/:id`: one of the applicant's cases: status, timeline, the notice to answer, documents, withdrawal. */
export default function CaseDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const detail = useQuery((signal) => getCase(id, signal), [id]);
  const itemCode = detail.data?.itemCode;
  const guide = useQuery((signal) => (itemCode ? getGuide(itemCode, signal) : Promise.resolve(undefined)), [itemCode]);
  const specs = useMemo(() => guide.data?.materials ?? [], [guide.data]);
  const materialName = (code: string) => specs.find((spec) => spec.code === code)?.name ?? code;

  if (detail.error && !detail.data) {
    const missing = detail.error instanceof ApiError && detail.error.status === 404;
    return missing ? (
      <Result status="404" title={t('case.detail.notFound')} extra={<Link to="/my-cases">{t('case.detail.back')}</Link>} />
    ) : (
      <Alert type="error" showIcon title={t('common.loadFailed')} description={(detail.error as Error).message} />
    );
  }
  const c = detail.data;
  const notice = c?.correctionNotices.at(-1);
  const pending = c ? pendingStep(c, t) : undefined;

  return (
    <div style={{ maxWidth: 1100, margin: '0 auto' }} data-testid="case-detail">
      <Link to="/my-cases" style={{ display: 'inline-block', marginBottom: 12 }}>
        <ArrowLeftOutlined /> {t('case.detail.back')}
      </Link>
      {!c ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : (
        <>
          <Card variant="borderless" style={{ marginBottom: 16 }}>
            <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {c.itemName}
              </Typography.Title>
              <CaseStatusTag status={c.status} result={c.result} audience="public" />
              <WarningTag warning={c.warning} />
              {c.commitment && <Tag color="purple">{t('case.commitment.tag')}</Tag>}
            </Flex>
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2, lg: 3 }}
              items={[
                { key: 'caseNo', label: t('case.caseNo'), children: <Typography.Text copyable style={{ fontFamily: 'monospace' }} data-testid="detail-case-no">{c.caseNo}</Typography.Text> },
                ...(c.queryCode
                  ? [{ key: 'queryCode', label: t('case.queryCode'), children: <Typography.Text copyable style={{ fontFamily: 'monospace' }} data-testid="detail-query-code">{c.queryCode}</Typography.Text> }]
                  : []),
                { key: 'received', label: t('case.receivedAt'), children: formatTime(c.receivedAt) },
                ...(c.acceptedAt ? [{ key: 'accepted', label: t('case.acceptedAt'), children: formatTime(c.acceptedAt) }] : []),
                ...(c.dueAt ? [{ key: 'due', label: t('case.dueAt'), children: formatDate(c.dueAt) }] : []),
                ...(c.status === 'submitted' && c.acceptanceDueAt ? [{ key: 'acceptDue', label: t('case.acceptanceDue'), children: formatDate(c.acceptanceDueAt) }] : []),
                ...(guide.data ? [{ key: 'office', label: t('case.detail.office'), children: guide.data.department.name }] : []),
              ]}
            />
          </Card>
          <StatusAlert detail={c} />
          {c.status === 'correction_required' && notice && (
            <CorrectionPanel detail={c} notice={notice} specs={specs} onResubmitted={detail.reload} />
          )}
          {c.deferredMaterials.length > 0 && canTransition(c.status, 'supplyDeferred') && (guide.data || guide.error !== undefined) && (
            <SupplyPanel key={c.deferredMaterials.join(',')} detail={c} specs={specs} onSupplied={detail.reload} />
          )}
          <Row gutter={16}>
            <Col xs={24} lg={15}>
              <Card variant="borderless" title={t('case.detail.timeline')} style={{ marginBottom: 16 }} data-testid="case-timeline">
                <CaseTimeline steps={c.timeline} audience="public" materialName={materialName} pending={pending} />
              </Card>
              <Card variant="borderless" title={t('case.detail.materials')} style={{ marginBottom: 16 }} styles={{ body: { paddingTop: 4, paddingBottom: 4 } }}>
                {guide.data ? <CaseMaterials detail={c} specs={specs} /> : <Skeleton active />}
              </Card>
              <Card variant="borderless" title={t('case.detail.form')} style={{ marginBottom: 16 }}>
                <FormValues fields={guide.data?.form ?? []} values={c.form} />
              </Card>
            </Col>
            <Col xs={24} lg={9}>
              <RatingForm caseId={c.id} />
              <LicensePanel caseId={c.id} onChanged={detail.reload} />
              <Card variant="borderless" title={t('case.detail.documents')} style={{ marginBottom: 16 }}>
                <DocumentLinks detail={c} mode="download" />
              </Card>
              {guide.data && <OfficeCard guide={guide.data} />}
              {canTransition(c.status, 'withdraw') && (
                <Card variant="borderless" title={t('case.withdraw.section')} style={{ marginBottom: 16 }}>
                  <Typography.Paragraph type="secondary">{t('case.withdraw.hint')}</Typography.Paragraph>
                  <WithdrawButton caseId={c.id} caseNo={c.caseNo} onWithdrawn={detail.reload} />
                </Card>
              )}
            </Col>
          </Row>
        </>
      )}
    </div>
  );
}
