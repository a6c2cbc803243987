import { CheckOutlined, ExclamationOutlined } from '@ant-design/icons';
import { Flex, Input, Radio, Tag, Typography } from 'antd';
import type { CaseDetail } from '@/features/cases/shared/case-api';
import { CaseFile } from '@/features/cases/shared/file-preview';
import type { MaterialSpec } from '@/features/cases/shared/guide-api';
import { MaterialTags } from '@/features/cases/shared/materials-checklist';
import { useT } from '@/lib/i18n';

/** The clerk's mark on one material: it passes, or it has a problem the notice will name. */
export interface ReviewMark {
  verdict?: 'pass' | 'problem';
  problem?: string;
}

/**
 * The codes a notice may still name in this round (DOMAIN.md §4): all of them in round 1; after a
 * resubmission only those it changed or added (the `changed` of the last resubmit step).
 */
export function noticeableCodes(detail: CaseDetail, specs: readonly MaterialSpec[]): Set<string> {
  if (detail.round <= 1) return new Set(specs.map((spec) => spec.code));
  const resubmit = [...detail.timeline].reverse().find((step) => step.action === 'resubmit');
  const changed = resubmit?.details.changed;
  return new Set(Array.isArray(changed) ? changed.filter((code): code is string => typeof code === 'string') : []);
}

/**
 * The materials the clerk marks this round: those a notice may name, except an optional material that
 * was not handed in (nothing to check, nothing to ask for).
 */
export function reviewableCodes(detail: CaseDetail, specs: readonly MaterialSpec[]): Set<string> {
  const noticeable = noticeableCodes(detail, specs);
  const handedIn = new Set(detail.materials.map((m) => m.code));
  return new Set(specs.filter((spec) => noticeable.has(spec.code) && (spec.required || handedIn.has(spec.code))).map((spec) => spec.code));
}

/**
 * Marks to start from: a required material not handed in already has its problem written, unless the
 * applicant signed a commitment (告知承诺), which stands in for the materials.
 */
export function initialMarks(detail: CaseDetail, specs: readonly MaterialSpec[], missingText: string): Record<string, ReviewMark> {
  if (detail.commitment) return {};
  const noticeable = noticeableCodes(detail, specs);
  const handedIn = new Set(detail.materials.map((m) => m.code));
  return Object.fromEntries(
    specs.filter((spec) => spec.required && !handedIn.has(spec.code) && noticeable.has(spec.code)).map((spec) => [spec.code, { verdict: 'problem', problem: missingText }]),
  );
}

/**
 * Each material of the case with its file and preview, and (while the window decides) a pass/problem
 * mark. The problems become the one-time notice: all of them in one notice.
 */
export function MaterialReview({
  detail,
  specs,
  marks,
  onMark,
  editable,
}: {
  detail: CaseDetail;
  specs: readonly MaterialSpec[];
  marks: Readonly<Record<string, ReviewMark>>;
  onMark: (code: string, mark: ReviewMark) => void;
  editable: boolean;
}) {
  const t = useT();
  const byCode = new Map(detail.materials.map((m) => [m.code, m]));
  const noticeable = noticeableCodes(detail, specs);
  const reviewable = reviewableCodes(detail, specs);
  const later = detail.round > 1;
  return (
    <Flex vertical data-testid="material-review">
      {specs.map((spec, index) => {
        const material = byCode.get(spec.code);
        const mark = marks[spec.code] ?? {};
        const locked = !noticeable.has(spec.code);
        const deferred = detail.deferredMaterials.includes(spec.code);
        return (
          <Flex
            key={spec.code}
            gap={16}
            wrap
            data-testid="review-row"
            data-code={spec.code}
            style={{ padding: '14px 0', borderTop: index === 0 ? undefined : '1px solid #eef1f6' }}
          >
            <Flex vertical gap={6} style={{ flex: '1 1 300px', minWidth: 0 }}>
              <Typography.Text strong>
                {index + 1}. {spec.name}
              </Typography.Text>
              <Flex gap={4} wrap>
                <MaterialTags spec={spec} />
                {later && (locked ? <Tag>{t('intake.review.unchanged')}</Tag> : <Tag color="orange">{t('intake.review.changed')}</Tag>)}
                {deferred && <Tag color="cyan">{t('case.material.deferredNow')}</Tag>}
              </Flex>
              {material?.fileId ? (
                <CaseFile fileId={material.fileId} />
              ) : material ? (
                <Typography.Text type="secondary">{t('case.material.paperHandedIn')}</Typography.Text>
              ) : (
                <Typography.Text type={spec.required ? 'danger' : 'secondary'}>{t('case.material.notHandedIn')}</Typography.Text>
              )}
            </Flex>
            {editable && reviewable.has(spec.code) && (
              <Flex vertical gap={8} style={{ flex: '0 1 300px', minWidth: 240 }}>
                <Radio.Group
                  optionType="button"
                  buttonStyle="solid"
                  size="small"
                  value={mark.verdict}
                  onChange={(event) => onMark(spec.code, { ...mark, verdict: event.target.value as ReviewMark['verdict'] })}
                  data-testid="review-verdict"
                >
                  <Radio.Button value="pass" data-verdict="pass">
                    <CheckOutlined /> {t('intake.review.pass')}
                  </Radio.Button>
                  <Radio.Button value="problem" data-verdict="problem">
                    <ExclamationOutlined /> {t('intake.review.problem')}
                  </Radio.Button>
                </Radio.Group>
                {mark.verdict === 'problem' && (
                  <Input.TextArea
                    value={mark.problem}
                    onChange={(event) => onMark(spec.code, { ...mark, problem: event.target.value })}
                    placeholder={t('intake.review.problemPlaceholder')}
                    autoSize={{ minRows: 2, maxRows: 4 }}
                    maxLength={500}
                    status={mark.problem?.trim() ? undefined : 'error'}
                    data-testid="review-problem"
                  />
                )}
              </Flex>
            )}
          </Flex>
        );
      })}
    </Flex>
  );
}
