import { ArrowLeftOutlined, PhoneOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Flex, Result, Row, Skeleton, Table, Tag, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '@/lib/api-client';
import { useLang, useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { getGuide, type Guide } from '../api/guides';
import { GuideMaterials } from '../components/guide-materials';
import { GuideProcess } from '../components/guide-process';
import { GuideShell } from '../components/guide-shell';
import { GuideTitle } from '../components/guide-title';
import { formatRate, itemTypeName, onlineDepthName } from '../utils/format';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card id={`guide-${id}`} title={title} variant="borderless" className="guide-section" style={{ marginBottom: 16 }} data-testid={`guide-section-${id}`}>
      {children}
    </Card>
  );
}

const Phone = ({ number }: { number?: string }) =>
  number ? (
    <a href={`tel:${number}`} style={{ fontSize: '1.1em', fontWeight: 600 }}>
      <PhoneOutlined /> {number}
    </a>
  ) : (
    <>—</>
  );

function GuideBody({ guide }: { guide: Guide }) {
  const t = useT();
  const { lang } = useLang();
  const instant = guide.handling === 'instant';
  const applicants = guide.applicantTypes.map((type) => t(type === 'person' ? 'guide.person' : 'guide.organization')).join(lang === 'zh' ? '、' : ', ');

  return (
    <>
      <GuideTitle guide={guide} />
      <Row gutter={16}>
        <Col xs={24} lg={16}>
          <Section id="conditions" title={t('guide.section.conditions')}>
            {guide.conditions.length ? (
              <ol style={{ margin: 0, paddingInlineStart: 22, lineHeight: 1.9 }}>
                {guide.conditions.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ol>
            ) : (
              <Typography.Text>{t('guide.noConditions')}</Typography.Text>
            )}
            {guide.commitmentAllowed && <Alert type="info" showIcon title={t('guide.commitmentYes')} style={{ marginTop: 12 }} />}
          </Section>
          <Section id="time" title={t('guide.section.time')}>
            <ul style={{ margin: 0, paddingInlineStart: 20, lineHeight: 1.9 }} data-testid="guide-time">
              {guide.statutoryDays > 0 && <li>{t('guide.time.statutory', { days: guide.statutoryDays })}</li>}
              <li>
                <strong>{instant ? t('guide.time.instant') : t('guide.time.promised', { days: guide.promisedDays })}</strong>
              </li>
              {guide.speedUpRate !== null && guide.speedUpRate > 0 && <li>{t('guide.time.speedUp', { rate: formatRate(guide.speedUpRate) })}</li>}
              <li>{t('guide.time.correction', { days: guide.correctionDays })}</li>
            </ul>
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
              {t('guide.time.fromAcceptance')}
            </Typography.Paragraph>
          </Section>
        </Col>
        <Col xs={24} lg={8}>
          <Section id="basics" title={t('guide.section.basics')}>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'type', label: t('guide.itemType'), children: itemTypeName(guide.type, lang) },
                { key: 'handling', label: t('guide.handling'), children: t(instant ? 'guide.instant' : 'guide.promisedItem') },
                { key: 'applicants', label: t('guide.applicants'), children: applicants },
                { key: 'department', label: t('guide.department'), children: guide.department.name },
                ...(guide.regionName ? [{ key: 'region', label: t('guide.region'), children: guide.regionName }] : []),
                { key: 'online', label: t('guide.figures.online'), children: onlineDepthName(guide.onlineDepth, lang) },
                {
                  key: 'license', label: t('guide.license'),
                  children: <span data-testid="guide-license">{t('guide.licenseValue', { name: guide.license.name, years: guide.license.validYears })}</span>,
                },
                { key: 'code', label: t('guide.code'), children: guide.code },
              ]}
            />
          </Section>
        </Col>
      </Row>
      <Section id="materials" title={t('guide.section.materials')}>
        <GuideMaterials materials={guide.materials} />
      </Section>
      <Row gutter={16}>
        <Col xs={24} lg={16}>
          <Section id="process" title={t('guide.section.process')}>
            <GuideProcess guide={guide} />
          </Section>
          <Section id="fees" title={t('guide.section.fees')}>
            {guide.fees.length === 0 ? (
              <Tag color="green" style={{ fontSize: '1em', padding: '4px 12px' }} data-testid="guide-free">
                {t('guide.fee.none')}
              </Tag>
            ) : (
              <Table
                rowKey="name"
                size="middle"
                pagination={false}
                dataSource={guide.fees}
                scroll={{ x: 520 }}
                columns={[
                  { title: t('guide.fee.name'), dataIndex: 'name', key: 'name' },
                  { title: t('guide.fee.standard'), dataIndex: 'standard', key: 'standard' },
                  { title: t('guide.fee.basis'), dataIndex: 'basis', key: 'basis', render: (basis?: string) => basis ?? '—' },
                ]}
              />
            )}
            {guide.feeNote && <Typography.Paragraph style={{ margin: '8px 0 0' }}>{guide.feeNote}</Typography.Paragraph>}
          </Section>
          {guide.legalBasis.length > 0 && (
            <Section id="basis" title={t('guide.section.basis')}>
              <Flex vertical gap={12}>
                {guide.legalBasis.map((basis, i) => (
                  <div key={i}>
                    <Typography.Text strong>{[basis.law, basis.article, basis.clause].filter(Boolean).join(' ')}</Typography.Text>
                    {basis.text && (
                      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', borderInlineStart: '3px solid #d6e0f0', paddingInlineStart: 12 }}>
                        {basis.text}
                      </Typography.Paragraph>
                    )}
                  </div>
                ))}
              </Flex>
            </Section>
          )}
        </Col>
        <Col xs={24} lg={8}>
          <Section id="where" title={t('guide.section.where')}>
            <Descriptions
              column={1}
              size="small"
              layout="vertical"
              items={[
                { key: 'address', label: t('guide.where.address'), children: guide.hallAddress ?? t('guide.where.unknown') },
                { key: 'hours', label: t('guide.where.hours'), children: guide.hallHours ?? t('guide.where.unknown') },
              ]}
            />
          </Section>
          <Section id="contact" title={t('guide.section.contact')}>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'phone', label: t('guide.contact.phone'), children: <Phone number={guide.contactPhone} /> },
                { key: 'complaint', label: t('guide.contact.complaint'), children: <Phone number={guide.complaintPhone} /> },
                ...(guide.onlineUrl
                  ? [{ key: 'online', label: t('guide.contact.online'), children: <a href={guide.onlineUrl} target="_blank" rel="noreferrer">{guide.onlineUrl}</a> }]
                  : []),
              ]}
            />
          </Section>
          {guide.form.length > 0 && (
            <Section id="form" title={t('guide.section.form')}>
              <Flex wrap gap={6}>
                {guide.form.map((field) => (
                  <Tag key={field.key} color={field.required ? 'blue' : 'default'} style={{ fontSize: '0.95em', padding: '2px 10px' }}>
                    {field.label}
                    {field.required && <span style={{ color: '#cf1322' }}> *</span>}
                  </Tag>
                ))}
              </Flex>
            </Section>
          )}
        </Col>
      </Row>
    </>
  );
}

/** `/guide/:code`: the whole 办事指南 of a published item, for reading on a phone or printing. */
export default function GuideDetailPage() {
  const t = useT();
  const { code = '' } = useParams();
  const guide = useQuery((signal) => getGuide(code, signal), [code]);

  useEffect(() => {
    if (guide.data) document.title = `${guide.data.name} · ${t('guide.title')}`;
  }, [guide.data, t]);

  const notFound = guide.error instanceof ApiError && guide.error.status === 404;
  return (
    <GuideShell>
      <Link to="/guide" className="guide-no-print" style={{ display: 'inline-block', marginBottom: 12 }}>
        <ArrowLeftOutlined /> {t('guide.backToList')}
      </Link>
      {guide.loading && !guide.data ? (
        <Card variant="borderless">
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      ) : notFound ? (
        <Card variant="borderless">
          <Result
            status="404"
            title={t('guide.notFound')}
            subTitle={t('guide.notFoundHint')}
            extra={
              <Link to="/guide">
                <Button type="primary">{t('guide.home')}</Button>
              </Link>
            }
          />
        </Card>
      ) : guide.error !== undefined ? (
        <Alert type="error" showIcon title={t('common.loadFailed')} description={(guide.error as Error).message} action={<Button onClick={guide.reload}>{t('common.retry')}</Button>} />
      ) : (
        guide.data && <GuideBody guide={guide.data} />
      )}
    </GuideShell>
  );
}
