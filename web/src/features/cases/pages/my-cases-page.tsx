import { AppstoreAddOutlined, FileSearchOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Pagination, Segmented, Skeleton } from 'antd';
import { useEffect } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { PageHeader } from '@/components/page-header';
import { useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { CaseCard } from '../components/case-card';
import { DraftList, type NamedDraft } from '../components/draft-list';
import { listCases, listCasesNewestFirst } from '../shared/case-api';
import { APPLICANT_STATUS_GROUPS } from '../shared/case-display';
import { listDrafts } from '../shared/draft-api';
import { getGuide } from '../shared/guide-api';

const PAGE_SIZE = 10;
type Group = keyof typeof APPLICANT_STATUS_GROUPS;
const GROUPS = Object.keys(APPLICANT_STATUS_GROUPS) as Group[];
const isGroup = (value: string | null): value is Group => value !== null && (GROUPS as string[]).includes(value);
/** The 草稿 tab (`?status=drafts`): saved applications, not cases. */
const DRAFTS = 'drafts';
type Tab = Group | typeof DRAFTS;

/** The applicant's drafts with their items' names. */
async function listNamedDrafts(signal: AbortSignal): Promise<NamedDraft[]> {
  const drafts = await listDrafts(signal);
  const codes = [...new Set(drafts.map((draft) => draft.itemCode))];
  const names = new Map(
    await Promise.all(codes.map(async (code) => [code, await getGuide(code, signal).then((guide) => guide.name, () => code)] as const)),
  );
  return drafts.map((draft) => ({ ...draft, itemName: names.get(draft.itemCode) ?? draft.itemCode }));
}

/**
 * A notification names its case by number only: find the case among the applicant's own and open it.
 * (The inbox links here as `/my-cases?caseNo=…`.)
 */
function useOpenByCaseNo(caseNo: string | null) {
  const navigate = useNavigate();
  useEffect(() => {
    if (!caseNo) return;
    const controller = new AbortController();
    listCases({ limit: 200 }, controller.signal).then(
      ({ cases }) => {
        const found = cases.find((c) => c.caseNo === caseNo);
        navigate(found ? `/my-cases/${encodeURIComponent(found.id)}` : '/my-cases', { replace: true });
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [caseNo, navigate]);
}

/** `/my-cases`: the applicant's cases, newest first, with their status and what is due. */
export default function MyCasesPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const showDrafts = statusParam === DRAFTS;
  const group: Group = isGroup(statusParam) ? statusParam : 'all';
  const tab: Tab = showDrafts ? DRAFTS : group;
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  useOpenByCaseNo(params.get('caseNo'));

  const statuses = APPLICANT_STATUS_GROUPS[group];
  const cases = useQuery((signal) => listCasesNewestFirst({ status: statuses }, page, PAGE_SIZE, signal), [group, page]);
  const drafts = useQuery(listNamedDrafts, [showDrafts]);
  const draftCount = drafts.data?.length ?? 0;

  return (
    <div style={{ maxWidth: 880, margin: '0 auto' }}>
      <PageHeader
        title={t('case.mine.title')}
        description={t('case.mine.description')}
        extra={
          <>
            <Link to="/progress">
              <Button icon={<FileSearchOutlined />}>{t('case.mine.lookup')}</Button>
            </Link>
            <Link to="/guide">
              <Button type="primary" icon={<AppstoreAddOutlined />}>
                {t('case.mine.apply')}
              </Button>
            </Link>
          </>
        }
      />
      <div style={{ overflowX: 'auto', marginBottom: 16 }}>
        <Segmented<Tab>
          value={tab}
          onChange={(next) => setParams(next === 'all' ? {} : { status: next })}
          options={[
            ...GROUPS.map((value) => ({ value, label: t(`case.mine.group.${value}`) })),
            { value: DRAFTS, label: <span data-testid="drafts-tab">{t('case.draft.tab')}{draftCount > 0 && ` (${draftCount})`}</span> },
          ]}
          data-testid="case-groups"
        />
      </div>
      {showDrafts ? (
        <DraftList drafts={drafts} />
      ) : (
        <>
          {cases.error !== undefined && <Alert type="error" showIcon title={t('common.loadFailed')} description={(cases.error as Error).message} style={{ marginBottom: 16 }} />}
          {cases.loading && !cases.data ? (
            <Skeleton active paragraph={{ rows: 6 }} />
          ) : (cases.data?.cases.length ?? 0) === 0 ? (
            <Empty description={t(group === 'all' ? 'case.mine.empty' : 'case.mine.emptyGroup')} style={{ padding: '48px 0' }}>
              {group === 'all' && (
                <Link to="/guide">
                  <Button type="primary">{t('case.mine.apply')}</Button>
                </Link>
              )}
            </Empty>
          ) : (
            <Flex vertical gap={10} data-testid="my-cases">
              {cases.data?.cases.map((summary) => (
                <CaseCard key={summary.id} summary={summary} />
              ))}
              <Pagination
                current={page}
                pageSize={PAGE_SIZE}
                total={cases.data?.total ?? 0}
                hideOnSinglePage
                showSizeChanger={false}
                showTotal={(total) => t('common.total', { total })}
                onChange={(next) => setParams({ ...(group !== 'all' && { status: group }), page: String(next) })}
                style={{ marginTop: 8, textAlign: 'center' }}
              />
            </Flex>
          )}
        </>
      )}
    </div>
  );
}
