import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '@/lib/i18n';

/** A 403 or 404 page with a way home. */
export function StatusPage({ status }: { status: '403' | '404' }) {
  const t = useT();
  return (
    <Result
      status={status}
      title={status}
      subTitle={t(status === '403' ? 'common.forbidden' : 'common.notFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}
