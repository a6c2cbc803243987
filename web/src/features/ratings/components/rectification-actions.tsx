import { CALLBACK_RESULTS } from '@core/ratings/rectification';
import { Flex } from 'antd';
import { ActionModal } from '@/components/action-modal';
import { useT } from '@/lib/i18n';
import { useAuth } from '@/lib/auth-context';
import { completeRectification, decideAppeal, fileAppeal, recordCallback, type Rectification } from '../api/ratings';

/**
 * What the viewer may do with one rectification: department staff and supervisors call back and record the
 * result; the department's approver appeals a bad rating; a supervisor decides the appeal.
 */
export function RectificationActions({ row, onChanged }: { row: Rectification; onChanged: () => void }) {
  const t = useT();
  const { user } = useAuth();
  const roles = user?.roles ?? [];
  const worker = ['handler', 'approver', 'supervisor'].some((role) => roles.includes(role));
  const open = row.status === 'open';
  return (
    <Flex gap={6} wrap>
      {open && worker && (
        <ActionModal
          testId="action-callback"
          button={t('rating.rect.callback')}
          title={t('rating.rect.callbackTitle', { caseNo: row.caseNo })}
          fields={[
            { name: 'result', label: t('rating.rect.callbackResult'), options: CALLBACK_RESULTS.map((value) => ({ value, label: t(`rating.callback.${value}`) })) },
            { name: 'note', label: t('rating.rect.callbackNote') },
          ]}
          onSubmit={(v) => recordCallback(row.id, { result: v.result as (typeof CALLBACK_RESULTS)[number], note: v.note ?? '' })}
          onDone={onChanged}
        />
      )}
      {open && worker && row.callbackAt && (
        <ActionModal
          testId="action-complete"
          button={t('rating.rect.complete')}
          title={t('rating.rect.completeTitle', { caseNo: row.caseNo })}
          fields={[{ name: 'measures', label: t('rating.measures'), rows: 4 }, { name: 'result', label: t('rating.result') }]}
          onSubmit={(v) => completeRectification(row.id, { measures: v.measures ?? '', result: v.result ?? '' })}
          onDone={onChanged}
        />
      )}
      {open && !row.appeal && roles.includes('approver') && (
        <ActionModal
          testId="action-appeal"
          button={t('rating.rect.appeal')}
          title={t('rating.rect.appealTitle', { caseNo: row.caseNo })}
          fields={[{ name: 'reason', label: t('rating.rect.appealReason') }]}
          onSubmit={(v) => fileAppeal(row.ratingId, v.reason ?? '')}
          onDone={onChanged}
        />
      )}
      {row.appeal?.status === 'pending' && roles.includes('supervisor') && (
        <ActionModal
          testId="action-decide"
          button={t('rating.rect.decide')}
          title={t('rating.rect.decideTitle', { caseNo: row.caseNo })}
          fields={[
            { name: 'upheld', label: t('rating.rect.decision'), options: [{ value: 'yes', label: t('rating.appeal.upheld') }, { value: 'no', label: t('rating.appeal.rejected') }] },
            { name: 'opinion', label: t('rating.rect.opinion') },
          ]}
          onSubmit={(v) => decideAppeal(row.appeal?.id ?? '', { upheld: v.upheld === 'yes', opinion: v.opinion ?? '' })}
          onDone={onChanged}
        />
      )}
    </Flex>
  );
}
