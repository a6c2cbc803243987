import { App, Button, Card, Flex, Input } from 'antd';
import { useState } from 'react';
import { formatDate } from '@/features/cases/shared/format';
import { useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { useReportError } from '@/lib/use-report-error';
import { addFollowUp, getCaseRating, rateCase, type Rating } from '../api/ratings';
import { RatingPanel } from './rating-panel';
import { RatingSummary } from './rating-summary';

function FollowUpForm({ rating, onAdded }: { rating: Rating; onAdded: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const report = useReportError();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit() {
    setBusy(true);
    try {
      await addFollowUp(rating.id, text.trim());
      void message.success(t('rating.followUpAdded'));
      onAdded();
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Flex vertical gap={8}>
      <Input.TextArea value={text} onChange={(e) => setText(e.target.value)} maxLength={500} rows={2} placeholder={t('rating.followUpHint')} data-testid="follow-up-text" />
      <Button onClick={() => void submit()} disabled={!text.trim()} loading={busy} data-testid="follow-up-submit">
        {t('rating.addFollowUp')}
      </Button>
    </Flex>
  );
}

/**
 * The applicant's rating on their case page: the form once the case has concluded (or was refused), then the
 * rating with the one follow-up allowed and what became of a bad rating. Nothing while the case is running.
 */
export function RatingForm({ caseId }: { caseId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const report = useReportError();
  const state = useQuery((signal) => getCaseRating(caseId, signal), [caseId]);
  const data = state.data;
  if (!data || (!data.rateable && !data.rating)) return null;

  async function rate(values: Parameters<typeof rateCase>[1]) {
    try {
      const outcome = await rateCase(caseId, values);
      void message.success(outcome.rectification ? t('rating.thanksBad', { date: formatDate(outcome.rectification.dueAt) }) : t('rating.thanks'));
      state.reload();
    } catch (error) {
      report(error);
    }
  }

  return (
    <Card variant="borderless" title={t(data.rating ? 'rating.mine' : 'rating.title')} style={{ marginBottom: 16 }} data-testid="rating-card">
      {data.rating ? (
        <Flex vertical gap={12}>
          <RatingSummary rating={data.rating} />
          {!data.rating.followUp && <FollowUpForm rating={data.rating} onAdded={state.reload} />}
        </Flex>
      ) : (
        <RatingPanel onSubmit={rate} />
      )}
    </Card>
  );
}
