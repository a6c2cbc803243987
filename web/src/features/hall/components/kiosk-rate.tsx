import { Alert, Result, Typography } from 'antd';
import { useState } from 'react';
import { getPublicRatingInfo, ratePublicly, type PublicRatingInfo, type RatingValues } from '@/features/ratings/api/ratings';
import { RatingPanel } from '@/features/ratings/components/rating-panel';
import { ApiError } from '@/lib/api-client';
import { useT } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';
import { KioskCaseForm } from './kiosk-case-form';

/** Rate a service at the kiosk (好差评, channel "kiosk"): the case by number and query code, then five large stars. */
export function KioskRate() {
  const t = useT();
  const report = useReportError();
  const [found, setFound] = useState<(PublicRatingInfo & { queryCode: string }) | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  async function look(caseNo: string, queryCode: string) {
    setProblem(null);
    try {
      const info = await getPublicRatingInfo(caseNo, queryCode);
      if (info.rated) setProblem(t('rating.public.already'));
      else if (!info.rateable) setProblem(t('rating.public.notYet'));
      else setFound({ ...info, queryCode });
    } catch (error) {
      setProblem(error instanceof ApiError && error.status === 404 ? t('progress.notFound') : error instanceof Error ? error.message : String(error));
    }
  }

  async function rate(values: RatingValues) {
    if (!found) return;
    try {
      await ratePublicly({ ...values, caseNo: found.caseNo, queryCode: found.queryCode, channel: 'kiosk' });
      setDone(true);
    } catch (error) {
      report(error);
    }
  }

  if (done) return <Result status="success" title={t('rating.thanks')} data-testid="kiosk-rated" />;
  if (found) {
    return (
      <div style={{ background: '#fff', borderRadius: 16, padding: 24 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>{found.itemName}</Typography.Title>
        <RatingPanel onSubmit={rate} large />
      </div>
    );
  }
  return (
    <>
      {problem && <Alert type="info" showIcon title={problem} style={{ marginBottom: 16, fontSize: 20 }} />}
      <KioskCaseForm submit={t('rating.public.find')} onFinish={(no, code) => void look(no, code)} />
    </>
  );
}
