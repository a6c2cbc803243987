import { TrophyOutlined, WarningOutlined } from '@ant-design/icons';
import { formatFigure } from '@core/statistics/columns';
import { Card, Col, Empty, Flex, List, Row, Tag, Typography } from 'antd';
import { useT } from '@/lib/i18n';
import type { RankedDepartment, RedBlueBoard } from '../api/statistics';

function Side({ kind, departments }: { kind: 'red' | 'blue'; departments: RankedDepartment[] }) {
  const t = useT();
  const color = kind === 'red' ? '#cf1322' : '#1a4fa0';
  return (
    <div style={{ borderTop: `3px solid ${color}`, paddingTop: 8 }} data-testid={`dashboard-board-${kind}`}>
      <Typography.Text strong style={{ color }}>
        {kind === 'red' ? <TrophyOutlined /> : <WarningOutlined />} {t(kind === 'red' ? 'stats.board.red' : 'stats.board.blue')}
      </Typography.Text>
      <List
        size="small" dataSource={departments}
        renderItem={(d) => (
          <List.Item extra={<Typography.Text strong>{formatFigure(d.satisfaction, 'rate')}</Typography.Text>}>
            <Flex gap={8} align="center">
              <Tag color={kind}>{d.rank}</Tag>
              <span>{d.departmentName}</span>
              <Typography.Text type="secondary">{t('stats.board.line', { count: d.ratings })}</Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </div>
  );
}

/** The month's red-blue board (红蓝榜): the best and the worst departments by satisfaction. */
export function RedBlueBoardCard({ board, month }: { board: RedBlueBoard | undefined; month: string }) {
  const t = useT();
  return (
    <Card size="small" title={t('stats.board.title', { month })} style={{ height: '100%' }}>
      {!board || board.red.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('stats.board.empty', { min: board?.minRatings ?? 5 })} />
      ) : (
        <Row gutter={16}>
          <Col span={12}><Side kind="red" departments={board.red} /></Col>
          <Col span={12}><Side kind="blue" departments={board.blue} /></Col>
        </Row>
      )}
    </Card>
  );
}
