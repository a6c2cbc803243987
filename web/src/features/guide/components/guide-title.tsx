import { BankOutlined, EditOutlined, PrinterOutlined, ShopOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useLang, useT, type Translate } from '@/lib/i18n';
import type { Guide } from '../api/guides';
import { formatDate, formatRate, onlineDepthName } from '../utils/format';
import { GuideTags } from './guide-tags';

/** Applying online needs at least online submission (depth 2, 网上收件); below that the hall is the way in. */
const APPLY_ONLINE_FROM_DEPTH = 2;

/** Free, or the lowest amount listed (`80 元起`), or just “charged” when no amount is given. */
function feeFigure(guide: Guide, t: Translate): string {
  if (guide.fees.length === 0) return t('guide.free');
  const amounts = guide.fees.map((fee) => fee.amountYuan).filter((amount): amount is number => typeof amount === 'number');
  return amounts.length ? t('guide.fee.from', { amount: Math.min(...amounts) }) : t('guide.charged');
}

function Figure({ label, value, sub }: { label: string; value: string; sub?: string }) {
  return (
    <div className="guide-figure">
      <div className="guide-figure-label">{label}</div>
      <div className="guide-figure-value">{value}</div>
      {sub && <div className="guide-figure-label">{sub}</div>}
    </div>
  );
}

/** The head of a guide: name, tags, department, the QR code, apply and print, and the six figures an applicant asks about. */
export function GuideTitle({ guide }: { guide: Guide }) {
  const t = useT();
  const { lang } = useLang();
  const instant = guide.handling === 'instant';
  const canApplyOnline = guide.onlineDepth >= APPLY_ONLINE_FROM_DEPTH;
  const visits = Math.min(2, Math.max(0, guide.visits)) as 0 | 1 | 2;
  const workdays = (n: number) => `${n} ${t('guide.workdays')}`;

  return (
    <Card variant="borderless" className="guide-title-card" style={{ marginBottom: 16 }}>
      <Row gutter={[24, 16]} wrap>
        <Col flex="1 1 420px" style={{ minWidth: 0 }}>
          <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 10, fontSize: '1.6em', lineHeight: 1.35 }} data-testid="guide-name">
            {guide.name}
          </Typography.Title>
          <Flex wrap gap={4} style={{ marginBottom: 10 }}>
            <GuideTags item={guide} />
          </Flex>
          <Flex vertical gap={4}>
            <Typography.Text>
              <BankOutlined /> {guide.department.name}
              {guide.regionName && <Typography.Text type="secondary"> · {guide.regionName}</Typography.Text>}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: '0.9em' }}>
              {guide.code} · {t('guide.version', { version: guide.version, date: formatDate(guide.publishedAt) })}
            </Typography.Text>
          </Flex>
          <Flex gap={12} wrap style={{ marginTop: 18 }} className="guide-no-print">
            {canApplyOnline ? (
              <Link to={`/apply/${encodeURIComponent(guide.code)}`}>
                <Button type="primary" size="large" icon={<EditOutlined />} data-testid="apply-online">
                  {t('guide.apply')}
                </Button>
              </Link>
            ) : (
              <Button size="large" icon={<ShopOutlined />} disabled>
                {t('guide.applyOffline')}
              </Button>
            )}
            <Button size="large" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print-guide">
              {t('guide.print')}
            </Button>
          </Flex>
        </Col>
        <Col flex="0 0 auto">
          <Flex vertical align="center" gap={6} className="guide-qr-block">
            <img src={guide.qrCode.svg} alt={t('guide.qrTitle')} className="guide-qr" data-testid="guide-qr" />
            <Typography.Text strong style={{ fontSize: '0.9em' }}>
              {t('guide.qrTitle')}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: '0.8em', maxWidth: 160, textAlign: 'center' }}>
              {t('guide.qrHint')}
            </Typography.Text>
          </Flex>
        </Col>
      </Row>
      <Row gutter={[12, 12]} style={{ marginTop: 20 }} data-testid="guide-figures">
        <Col xs={12} md={8} lg={4}>
          <Figure label={t('guide.figures.promised')} value={instant ? t('guide.instant') : workdays(guide.promisedDays)} />
        </Col>
        <Col xs={12} md={8} lg={4}>
          <Figure label={t('guide.figures.statutory')} value={guide.statutoryDays > 0 ? workdays(guide.statutoryDays) : '—'} />
        </Col>
        <Col xs={12} md={8} lg={4}>
          <Figure label={t('guide.figures.speedUp')} value={formatRate(guide.speedUpRate)} />
        </Col>
        <Col xs={12} md={8} lg={4}>
          <Figure label={t('guide.figures.visits')} value={t(`guide.visits${visits}`)} />
        </Col>
        <Col xs={12} md={8} lg={4}>
          <Figure label={t('guide.figures.online')} value={guide.onlineDepth >= 4 ? t('guide.fullyOnline') : onlineDepthName(guide.onlineDepth, lang)} />
        </Col>
        <Col xs={12} md={8} lg={4}>
          <Figure label={t('guide.figures.fee')} value={feeFigure(guide, t)} />
        </Col>
      </Row>
    </Card>
  );
}
