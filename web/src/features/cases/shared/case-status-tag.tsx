import { Tag } from 'antd';
import { useT } from '@/lib/i18n';
import type { CaseResult, CaseStatus, WarningLevel } from './case-api';
import { PUBLIC_STATUS_LABEL, STATUS_DISPLAY, WARNING_DISPLAY } from './case-display';

/** A case's status as a coloured tag; `audience="public"` hides an unconfirmed refusal proposal. */
export function CaseStatusTag({ status, result, audience = 'staff' }: { status: CaseStatus; result?: CaseResult | undefined; audience?: 'staff' | 'public' }) {
  const t = useT();
  const display = STATUS_DISPLAY[status];
  const publicLabel = audience === 'public' ? PUBLIC_STATUS_LABEL[status] : undefined;
  const color = publicLabel ? STATUS_DISPLAY.submitted.color : result === 'denied' ? 'red' : display.color;
  return (
    <Tag color={color} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(publicLabel ?? display.label)}
      {result && (status === 'concluded' || status === 'delivered') ? ` · ${t(result === 'granted' ? 'case.result.granted' : 'case.result.denied')}` : ''}
    </Tag>
  );
}

/** 红灯 / 黄灯 / 正常 as a tag; nothing for `none` unless asked. */
export function WarningTag({ warning, showNone = false }: { warning: WarningLevel; showNone?: boolean }) {
  const t = useT();
  if (warning === 'none' && !showNone) return null;
  const display = WARNING_DISPLAY[warning];
  return (
    <Tag color={display.color} data-warning={warning} style={{ marginInlineEnd: 0 }}>
      {t(display.label)}
    </Tag>
  );
}
