/**
 * What the figures are grouped by (DOMAIN.md §9 "a scope (region, department, item, person)", and the issue's
 * "channel"). Each group is the case's own: its department and region, its item, its intake channel. A person
 * (staff member) is credited with what they did: the receipt they registered at the window, the acceptance
 * they made, the conclusion they decided (its ratings follow it), the urges addressed to them.
 */
export const GROUP_BYS = ['department', 'item', 'channel', 'staff', 'region'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

/** Intake channels of a case, with their names in the export and the notice. */
export const CASE_CHANNELS = {
  online: { zh: '网上申办', en: 'Online' },
  window: { zh: '窗口受理', en: 'At the window' },
} as const;

/** Names of the dimensions, for table headers (zh, en). */
export const GROUP_BY_NAMES: Readonly<Record<GroupBy, { zh: string; en: string }>> = {
  department: { zh: '部门', en: 'Department' },
  item: { zh: '事项', en: 'Item' },
  channel: { zh: '渠道', en: 'Channel' },
  staff: { zh: '工作人员', en: 'Staff member' },
  region: { zh: '行政区划', en: 'Region' },
};

/** The name of a group without a key (e.g. online receipts when grouped by staff). */
export const UNATTRIBUTED = { zh: '未归属', en: 'Unattributed' } as const;
