import { Table, Tag, Typography } from 'antd';
import { useT } from '@/lib/i18n';
import type { AlertLevel, BoardLine } from '../api/supervision';

/** A count on the board; clicking a non-zero one drills down to its cases and tasks. */
function Count({ value, level, onClick, testId }: { value: number; level: AlertLevel | 'statutory'; onClick: () => void; testId: string }) {
  if (value === 0) return <Typography.Text type="secondary">0</Typography.Text>;
  const color = level === 'yellow' ? 'gold' : level === 'red' ? 'red' : 'volcano';
  return <Tag color={color} style={{ cursor: 'pointer', minWidth: 32, textAlign: 'center' }} onClick={onClick} data-testid={testId}>{value}</Tag>;
}

/** The board by department or by item: red and yellow of cases and of step tasks, worst first (as the server sorts). */
export function BoardTable({ lines, nameTitle, onDrill, testId }: {
  lines: BoardLine[]; nameTitle: string; testId: string; onDrill: (line: BoardLine, level: AlertLevel | undefined) => void;
}) {
  const t = useT();
  const count = (line: BoardLine, value: number, level: AlertLevel | 'statutory', part: string) => (
    <Count value={value} level={level} onClick={() => onDrill(line, level === 'statutory' ? 'red' : level)} testId={`${testId}-${part}-${level}`} />
  );
  return (
    <Table<BoardLine>
      rowKey="key" size="small" pagination={false} dataSource={lines} data-testid={testId} locale={{ emptyText: t('sv.board.empty') }}
      columns={[
        { title: nameTitle, key: 'name', render: (_, l) => <Typography.Link onClick={() => onDrill(l, undefined)}>{l.name}</Typography.Link> },
        {
          title: t('sv.board.cases'), children: [
            { title: t('stats.chart.red'), key: 'cr', align: 'center', width: 72, render: (_, l) => count(l, l.cases.red, 'red', 'case') },
            { title: t('stats.chart.yellow'), key: 'cy', align: 'center', width: 72, render: (_, l) => count(l, l.cases.yellow, 'yellow', 'case') },
            { title: t('sv.totals.statutory'), key: 'cs', align: 'center', width: 96, render: (_, l) => count(l, l.cases.statutory, 'statutory', 'case') },
          ],
        },
        {
          title: t('sv.board.tasks'), children: [
            { title: t('stats.chart.red'), key: 'tr', align: 'center', width: 72, render: (_, l) => count(l, l.tasks.red, 'red', 'task') },
            { title: t('stats.chart.yellow'), key: 'ty', align: 'center', width: 72, render: (_, l) => count(l, l.tasks.yellow, 'yellow', 'task') },
          ],
        },
      ]}
    />
  );
}
