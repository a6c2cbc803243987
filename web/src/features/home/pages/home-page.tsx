import { ArrowRightOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Row, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { RoleTags } from '@/components/role-tags';
import { useAuth } from '@/lib/auth-context';
import { useT } from '@/lib/i18n';
import { useNav } from '@/lib/nav-context';
import { useQuery } from '@/lib/use-query';
import { fetchPlacement } from '../api/home';
import { PlatformClock } from '../components/platform-clock';

/** `/`: who you are, where you sit, the platform's time, and the pages you can open. */
export default function HomePage() {
  const t = useT();
  const { user } = useAuth();
  const nav = useNav().filter((entry) => entry.path !== '/');
  const placement = useQuery((signal) => (user ? fetchPlacement(user, signal) : Promise.resolve(null)), [user?.id]);
  if (!user) return null;
  const staff = user.kind === 'staff';
  const pending = placement.loading ? '…' : '—';

  return (
    <>
      <Card variant="borderless" style={{ marginBottom: 16 }} data-testid="welcome-card">
        <Row gutter={[32, 16]} align="middle">
          <Col xs={24} lg={16}>
            <Typography.Title level={3} style={{ marginTop: 0 }}>
              {t('home.greeting', { name: user.name })}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{t(staff ? 'home.welcomeStaff' : 'home.welcomeApplicant')}</Typography.Paragraph>
            <Descriptions
              column={{ xs: 1, md: 2 }}
              size="small"
              style={{ marginTop: 16 }}
              items={[
                { key: 'username', label: t('home.username'), children: user.username },
                { key: 'kind', label: t('home.accountKind'), children: staff ? t('home.staff') : <Tag color="green">{t('header.applicant')}</Tag> },
                ...(staff
                  ? [
                      { key: 'department', label: t('home.department'), children: placement.data?.department ?? pending },
                      { key: 'region', label: t('home.region'), children: placement.data?.region ?? pending },
                      { key: 'roles', label: t('home.roles'), span: 2, children: <RoleTags roles={user.roles} /> },
                    ]
                  : []),
              ]}
            />
          </Col>
          <Col xs={24} lg={8}>
            <div style={{ borderInlineStart: '3px solid #1a4fa0', paddingInlineStart: 20 }}>
              <PlatformClock />
            </div>
          </Col>
        </Row>
      </Card>
      {nav.length > 0 && (
        <Card variant="borderless" title={t('home.shortcuts')}>
          <Row gutter={[16, 16]}>
            {nav.map((entry) => (
              <Col key={entry.path} xs={24} sm={12} lg={6}>
                <Link to={entry.path}>
                  <Card hoverable size="small" styles={{ body: { display: 'flex', alignItems: 'center', gap: 12 } }}>
                    <span style={{ fontSize: 22, color: '#1a4fa0' }}>{entry.icon}</span>
                    <span style={{ flex: 1, minWidth: 0 }}>
                      <Typography.Text strong style={{ display: 'block' }}>
                        {t(entry.title)}
                      </Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {entry.group ? t(entry.group) : '\u00a0'}
                      </Typography.Text>
                    </span>
                    <ArrowRightOutlined style={{ color: '#8a94a6' }} />
                  </Card>
                </Link>
              </Col>
            ))}
          </Row>
        </Card>
      )}
    </>
  );
}
