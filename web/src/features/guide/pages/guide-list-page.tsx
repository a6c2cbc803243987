import { CheckOutlined } from '@ant-design/icons';
import { Alert, Col, Empty, Flex, Input, Pagination, Row, Select, Skeleton, Tag, Tooltip, Typography } from 'antd';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ItemType } from '@core/catalog/vocabulary';
import { useLang, useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { listGuideDepartments, searchGuides } from '../api/guides';
import { GuideCard } from '../components/guide-card';
import { GuideShell } from '../components/guide-shell';
import { itemTypeOptions } from '../utils/format';

const PAGE_SIZE = 12;

/** A filter switched on and off by tapping, large enough for a thumb. */
function ToggleFilter({ checked, onChange, label, help, testId }: { checked: boolean; onChange: (next: boolean) => void; label: string; help?: string; testId: string }) {
  const tag = (
    <Tag.CheckableTag checked={checked} onChange={onChange} data-testid={testId} style={{ padding: '5px 12px', fontSize: '0.95em', border: '1px solid #c9d6ea', borderRadius: 16 }}>
      {checked && <CheckOutlined />} {label}
    </Tag.CheckableTag>
  );
  return help ? <Tooltip title={help}>{tag}</Tooltip> : tag;
}

/** `/guide`: the public search of published items (no login), with filters kept in the URL. */
export default function GuideListPage() {
  const t = useT();
  const { lang } = useLang();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const departmentId = params.get('department') ?? undefined;
  const type = (params.get('type') ?? undefined) as ItemType | undefined;
  const zeroVisit = params.get('zeroVisit') === '1';
  const online = params.get('online') === '1';
  const page = Number(params.get('page') ?? '1') || 1;

  const departments = useQuery((signal) => listGuideDepartments(signal), []);
  const results = useQuery(
    (signal) => searchGuides({ q: q || undefined, departmentId, type, zeroVisit, online, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, signal),
    [q, departmentId, type, zeroVisit, online, page],
  );

  useEffect(() => {
    document.title = `${t('guide.title')} · ${t('app.name')}`;
  }, [t]);

  function setFilter(name: string, value: string | undefined) {
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(name, value);
      else next.delete(name);
      if (name !== 'page') next.delete('page');
      return next;
    });
  }

  const total = results.data?.total ?? 0;
  return (
    <GuideShell>
      <section className="guide-hero">
        <h1>{t('guide.title')}</h1>
        <Typography.Paragraph style={{ color: 'rgba(255,255,255,0.85)', marginBottom: 18 }}>{t('guide.subtitle')}</Typography.Paragraph>
        <Input.Search
          size="large"
          allowClear
          enterButton={t('guide.search')}
          defaultValue={q}
          key={q}
          placeholder={t('guide.searchPlaceholder')}
          onSearch={(value) => setFilter('q', value.trim() || undefined)}
          data-testid="guide-search"
          style={{ maxWidth: 720 }}
        />
      </section>
      <Flex gap={10} wrap align="center" style={{ marginBottom: 16 }}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('guide.allDepartments')}
          value={departmentId}
          onChange={(value?: string) => setFilter('department', value)}
          options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
          style={{ flex: '1 1 200px', maxWidth: 280 }}
          popupMatchSelectWidth={false}
          aria-label={t('guide.allDepartments')}
          data-testid="guide-department"
        />
        <Select
          allowClear
          placeholder={t('guide.allTypes')}
          value={type}
          onChange={(value?: string) => setFilter('type', value)}
          options={itemTypeOptions(lang)}
          style={{ flex: '1 1 150px', maxWidth: 200 }}
          popupMatchSelectWidth={false}
          aria-label={t('guide.allTypes')}
        />
        <ToggleFilter checked={zeroVisit} onChange={(next) => setFilter('zeroVisit', next ? '1' : undefined)} label={t('guide.zeroVisit')} testId="filter-zero-visit" />
        <ToggleFilter checked={online} onChange={(next) => setFilter('online', next ? '1' : undefined)} label={t('guide.online')} help={t('guide.onlineHelp')} testId="filter-online" />
        {!results.loading && results.error === undefined && (
          <Typography.Text type="secondary" style={{ marginInlineStart: 'auto' }} data-testid="guide-total">
            {t('guide.found', { total })}
          </Typography.Text>
        )}
      </Flex>
      {results.error !== undefined && <Alert type="error" showIcon title={t('common.loadFailed')} description={(results.error as Error).message} style={{ marginBottom: 16 }} />}
      {results.loading && !results.data ? (
        <Row gutter={[16, 16]}>
          {[0, 1, 2].map((i) => (
            <Col key={i} xs={24} md={12} xl={8}>
              <Skeleton active paragraph={{ rows: 3 }} style={{ background: '#fff', padding: 20, borderRadius: 8 }} />
            </Col>
          ))}
        </Row>
      ) : total === 0 && results.error === undefined ? (
        <Empty description={t('guide.empty')} style={{ padding: 48, background: '#fff', borderRadius: 8 }} />
      ) : (
        <Row gutter={[16, 16]} style={{ opacity: results.loading ? 0.6 : 1 }}>
          {(results.data?.items ?? []).map((item) => (
            <Col key={item.code} xs={24} md={12} xl={8}>
              <GuideCard item={item} />
            </Col>
          ))}
        </Row>
      )}
      {total > PAGE_SIZE && (
        <Flex justify="center" style={{ marginTop: 24 }}>
          <Pagination current={page} pageSize={PAGE_SIZE} total={total} showSizeChanger={false} onChange={(next) => setFilter('page', next > 1 ? String(next) : undefined)} />
        </Flex>
      )}
    </GuideShell>
  );
}
