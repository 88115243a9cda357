import { Button, Layout, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { del } from '../api/client.js';
import { useRefreshSession, useSession } from '../api/session.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import './app.css';

/** The frame of every page: skip link, header with navigation and the language switch, the page, a footer. */
export function AppLayout() {
  const { t } = useTranslation('common');
  const session = useSession();
  const refresh = useRefreshSession();
  const navigate = useNavigate();

  const signOut = async () => {
    await del('/api/v1/session');
    await refresh();
    await navigate('/login');
  };

  return (
    <Layout className="cm-layout">
      <a className="cm-skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <Layout.Header className="cm-header">
        <Link to="/" className="cm-brand">
          <img src="/favicon.svg" alt="" width={24} height={24} />
          <span>{t('appName')}</span>
        </Link>
        <nav aria-label={t('nav.label')} className="cm-nav">
          {session.authenticated && <NavLink to="/">{t('nav.home')}</NavLink>}
          <NavLink to="/model">{t('nav.model')}</NavLink>
          {session.authenticated && <NavLink to="/account">{t('nav.account')}</NavLink>}
        </nav>
        <Space className="cm-header-tools" wrap>
          <LanguageSwitch />
          {session.authenticated ? (
            <Button size="small" onClick={() => void signOut()}>
              {t('signOut')}
            </Button>
          ) : (
            <Link to="/login">{t('signIn')}</Link>
          )}
        </Space>
      </Layout.Header>
      <Layout.Content id="main" tabIndex={-1} className="cm-content">
        <Outlet />
      </Layout.Content>
      <Layout.Footer className="cm-footer">
        <Typography.Text type="secondary">{t('footer')}</Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
