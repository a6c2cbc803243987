/** Texts of the inbox (bell and list); spread into lib/i18n/zh.ts and en.ts. */
export const inboxZh = {
  'menu.inbox': '消息通知',
  'inbox.title': '消息通知',
  'inbox.description': '办件每一步的通知，共 {unread} 条未读。',
  'inbox.readAll': '全部标为已读',
  'inbox.viewAll': '查看全部消息',
  'inbox.empty': '暂无消息',
  'inbox.all': '全部',
  'inbox.unread': '未读',
} as const;

/** The English texts; every key of inboxZh is required. */
export const inboxEn: Record<keyof typeof inboxZh, string> = {
  'menu.inbox': 'Notifications',
  'inbox.title': 'Notifications',
  'inbox.description': 'A message for each step of your cases; {unread} unread.',
  'inbox.readAll': 'Mark all read',
  'inbox.viewAll': 'See all notifications',
  'inbox.empty': 'No notifications',
  'inbox.all': 'All',
  'inbox.unread': 'Unread',
};
