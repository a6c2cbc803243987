import { TrophyOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Card, Col, DatePicker, Empty, Flex, List, Row, Skeleton, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router-dom';
import { GuideShell } from '@/features/guide/components/guide-shell';
import { todayInShanghai } from '@/features/cases/shared/format';
import { useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { getRatingStats, getRedBlueBoard, type DepartmentFigures, type RankedDepartment } from '../api/ratings';
import { percent } from '../components/labels';
import { StatsChart } from '../components/stats-chart';

function BoardCard({ kind, departments, minRatings }: { kind: 'red' | 'blue'; departments: RankedDepartment[]; minRatings: number }) {
  const t = useT();
  const red = kind === 'red';
  return (
    <Card
      variant="borderless"
      title={<span style={{ color: red ? '#cf1322' : '#1a4fa0' }}>{red ? <TrophyOutlined /> : <WarningOutlined />} {t(red ? 'rating.board.red' : 'rating.board.blue')}</span>}
      style={{ height: '100%', borderTop: `3px solid ${red ? '#cf1322' : '#1a4fa0'}` }}
      data-testid={`board-${kind}`}
    >
      {departments.length === 0 ? (
        <Typography.Text type="secondary">{t('rating.board.empty', { min: minRatings })}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={departments}
          renderItem={(d) => (
            <List.Item extra={<Typography.Text strong>{percent(d.satisfaction)}</Typography.Text>}>
              <Flex gap={8} align="center">
                <Tag color={red ? 'red' : 'blue'}>{t('rating.board.rank', { rank: d.rank })}</Tag>
                <span>{d.departmentName}</span>
                <Typography.Text type="secondary">{t('rating.board.count', { count: d.ratings })}</Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

/**
 * `/rating-stats?period=YYYY-MM&region=…` (public): each department's ratings of a month (DOMAIN.md §8:
 * public per department) with satisfaction = (非常满意 + 满意) / ratings, the chart and the red-blue board.
 */
export default function RatingStatsPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const period = /^\d{4}-\d{2}$/.test(params.get('period') ?? '') ? (params.get('period') as string) : todayInShanghai().slice(0, 7);
  const region = params.get('region') ?? undefined;
  const stats = useQuery((signal) => getRatingStats(period, region, signal), [period, region]);
  const board = useQuery((signal) => getRedBlueBoard(period, region, signal), [period, region]);

  useEffect(() => {
    document.title = `${t('rating.stats.title')} · ${t('app.name')}`;
  }, [t]);

  const columns: TableColumnsType<DepartmentFigures> = [
    { title: t('rating.stats.department'), dataIndex: 'departmentName', key: 'name', fixed: 'left', width: 180 },
    { title: t('rating.stats.ratings'), dataIndex: 'ratings', key: 'ratings', align: 'right' },
    ...([5, 4, 3, 2, 1] as const).map((level) => ({
      title: t(`rating.level.${level}`), key: `l${level}`, align: 'right' as const, render: (_: unknown, d: DepartmentFigures) => d.levels[level],
    })),
    { title: t('rating.stats.satisfaction'), key: 'satisfaction', align: 'right', render: (_, d) => <Typography.Text strong>{percent(d.satisfaction)}</Typography.Text> },
    { title: t('rating.stats.bad'), dataIndex: 'badRatings', key: 'bad', align: 'right' },
    { title: t('rating.stats.rectified'), dataIndex: 'rectified', key: 'rectified', align: 'right' },
    { title: t('rating.stats.rectificationRate'), key: 'rate', align: 'right', render: (_, d) => percent(d.rectificationRate) },
  ];
  // Headers wrap between words, never inside one ("Dissatisfi-ed"); a narrow screen scrolls the table sideways.
  const keepWords = () => ({ style: { wordBreak: 'keep-all' as const, overflowWrap: 'normal' as const } });
  const total = stats.data?.total;

  return (
    <GuideShell>
      <div style={{ maxWidth: 1200, margin: '0 auto', padding: '24px 16px 40px' }} data-testid="rating-stats">
        <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
          <div>
            <Typography.Title level={3} style={{ margin: 0 }}>{t('rating.stats.title')}</Typography.Title>
            <Typography.Text type="secondary">{t('rating.stats.subtitle')}</Typography.Text>
          </div>
          <DatePicker
            picker="month"
            allowClear={false}
            value={dayjs(`${period}-01`)}
            onChange={(value) => value && setParams((prev) => { const next = new URLSearchParams(prev); next.set('period', value.format('YYYY-MM')); return next; })}
            aria-label={t('rating.stats.period')}
            data-testid="stats-period"
          />
        </Flex>
        {stats.error !== undefined && <Alert type="error" showIcon title={t('common.loadFailed')} description={(stats.error as Error).message} style={{ marginBottom: 16 }} />}
        {!total ? (
          <Skeleton active />
        ) : (
          <>
            <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
              {[
                { key: 'ratings', title: t('rating.stats.ratings'), value: String(total.ratings) },
                { key: 'satisfaction', title: t('rating.stats.satisfaction'), value: percent(total.satisfaction) },
                { key: 'bad', title: t('rating.stats.bad'), value: String(total.badRatings) },
                { key: 'rate', title: t('rating.stats.rectificationRate'), value: percent(total.rectificationRate) },
              ].map((s) => (
                <Col xs={12} md={6} key={s.key}>
                  <Card variant="borderless"><Statistic title={s.title} value={s.value} data-testid={`stat-${s.key}`} /></Card>
                </Col>
              ))}
            </Row>
            {stats.data && stats.data.departments.length > 0 ? (
              <>
                <Card variant="borderless" style={{ marginBottom: 16 }}><StatsChart departments={stats.data.departments} /></Card>
                {board.data && (
                  <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
                    <Col xs={24} md={12}><BoardCard kind="red" departments={board.data.red} minRatings={board.data.minRatings} /></Col>
                    <Col xs={24} md={12}><BoardCard kind="blue" departments={board.data.blue} minRatings={board.data.minRatings} /></Col>
                  </Row>
                )}
                <Card variant="borderless" styles={{ body: { padding: 0 } }}>
                  <Table<DepartmentFigures> rowKey="departmentId" columns={columns.map((c) => ({ ...c, onHeaderCell: keepWords }))} dataSource={stats.data.departments} pagination={false} scroll={{ x: 900 }} tableLayout="auto" size="middle" data-testid="stats-table" />
                </Card>
              </>
            ) : (
              <Card variant="borderless"><Empty description={t('rating.stats.empty')} /></Card>
            )}
            <Typography.Paragraph type="secondary" style={{ marginTop: 16, fontSize: 12 }}>
              {t('rating.stats.definitions', { min: board.data?.minRatings ?? 5 })}
            </Typography.Paragraph>
          </>
        )}
      </div>
    </GuideShell>
  );
}
