/** Texts of the public progress lookup; spread into lib/i18n/zh.ts and en.ts. */
export const progressZh = {
  'progress.title': '办件进度查询',
  'progress.subtitle': '输入办件编号和 6 位查询码，查看办理状态和每一步的时间。查询结果不含任何个人信息。',
  'progress.submit': '查询',
  'progress.codeRule': '查询码为 6 位数字',
  'progress.notFound': '没有找到该办件，请核对办件编号和查询码',
  'progress.privacy': '为保护个人信息，公开查询只显示办理状态和时间。申请人登录后可查看全部内容。',
} as const;

/** The English texts; every key of progressZh is required. */
export const progressEn: Record<keyof typeof progressZh, string> = {
  'progress.title': 'Case progress lookup',
  'progress.subtitle': 'Enter the case number and the 6-digit query code to see the status and the time of each step. No personal data is shown.',
  'progress.submit': 'Look up',
  'progress.codeRule': 'The query code has 6 digits',
  'progress.notFound': 'No such case: check the case number and the query code',
  'progress.privacy': 'To protect personal data, the public lookup shows only status and times. Applicants see everything after signing in.',
};
