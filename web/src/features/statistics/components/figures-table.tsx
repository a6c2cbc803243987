import { DownloadOutlined } from '@ant-design/icons';
import { FIGURE_COLUMNS, formatFigure } from '@core/statistics/columns';
import type { Figures } from '@core/statistics/figures';
import { Button, Card, Table, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useLang, useT } from '@/lib/i18n';

/** A labelled row of figures; `total` rows are set in bold. */
export interface LabelledRow {
  key: string;
  label: ReactNode;
  figures: Figures;
  total?: boolean;
}

/** The Excel download of a table: a plain link, so the browser saves what the server sends. */
export function DownloadButton({ href, testId }: { href: string; testId: string }) {
  const t = useT();
  return (
    <Button size="small" icon={<DownloadOutlined />} href={href} download data-testid={testId}>
      {t('stats.download')}
    </Button>
  );
}

/** Every §9 figure in the columns of core/statistics/columns.ts (the same as the Excel and the notice). */
export function FiguresTable({ title, labelTitle, rows, extra, testId, pageSize }: {
  title: ReactNode; labelTitle: string; rows: LabelledRow[]; extra?: ReactNode; testId: string; pageSize?: number;
}) {
  const { lang } = useLang();
  const columns: TableColumnsType<LabelledRow> = [
    { title: labelTitle, key: 'label', fixed: 'left', width: 200, render: (_, row) => (row.total ? <Typography.Text strong>{row.label}</Typography.Text> : row.label) },
    ...FIGURE_COLUMNS.map((c) => ({
      title: c[lang], key: c.key, align: 'right' as const, width: c.format === 'count' ? 90 : 110,
      render: (_: unknown, row: LabelledRow) => {
        const text = formatFigure(row.figures[c.key], c.format);
        return row.total ? <Typography.Text strong>{text}</Typography.Text> : text;
      },
    })),
  ];
  return (
    <Card size="small" title={title} extra={extra} data-testid={testId} styles={{ body: { padding: 0 } }}>
      <Table<LabelledRow> rowKey="key" size="small" columns={columns} dataSource={rows} pagination={pageSize ? { pageSize, hideOnSinglePage: true, size: 'small' } : false} scroll={{ x: 200 + FIGURE_COLUMNS.length * 100 }} />
    </Card>
  );
}
