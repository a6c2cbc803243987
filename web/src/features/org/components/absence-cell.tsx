import { Flex, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useT } from '@/lib/i18n';
import type { StaffUser } from '../api/users';

/** The AB岗 column: the backup's name, and the absence period (tagged while it is under way). */
export function AbsenceCell({ user, backupName }: { user: StaffUser; backupName?: string }) {
  const t = useT();
  if (!user.backupUserId && !user.absence) return <Typography.Text type="secondary">—</Typography.Text>;
  const today = dayjs().format('YYYY-MM-DD');
  const absentNow = user.absence !== null && user.absence.from <= today && today <= user.absence.to;
  return (
    <Flex vertical gap={2}>
      {user.backupUserId && <span>B：{backupName ?? user.backupUserId}</span>}
      {user.absence && (
        <span>
          {absentNow && <Tag color="orange">{t('user.absent')}</Tag>}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {user.absence.from} ~ {user.absence.to}
          </Typography.Text>
        </span>
      )}
    </Flex>
  );
}
