import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '@/lib/auth-context';
import { markRead, type Notification } from '../api/notifications';

/**
 * Opening a notification marks it read and, for an applicant, opens its case, or their hall appointments.
 * Notifications name the case by number only, so the link goes through `/my-cases?caseNo=…`, which finds the case.
 */
export function useOpenNotification(onChanged: () => void): (notification: Notification) => void {
  const navigate = useNavigate();
  const { user } = useAuth();
  return useCallback(
    (notification) => {
      const done = notification.readAt === null ? markRead(notification.id).then(onChanged, () => undefined) : Promise.resolve();
      const caseNo = notification.params.caseNo;
      if (user?.kind !== 'applicant') return;
      if (caseNo) void done.then(() => navigate(`/my-cases?caseNo=${encodeURIComponent(caseNo)}`));
      else if (notification.event.startsWith('hall.appointment_')) void done.then(() => navigate('/my-appointments'));
    },
    [navigate, onChanged, user?.kind],
  );
}
