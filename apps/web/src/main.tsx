import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { SessionProvider } from './api/session.js';
import { PageFallback } from './app/PageFallback.js';
import { router } from './app/routes.js';
import { themeFor } from './app/theme.js';
import { i18nReady } from './i18n/index.js';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

function Root() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider
      locale={i18n.language === 'en' ? enUS : zhCN}
      theme={themeFor(i18n.language === 'en' ? 'en' : 'zh')}
      // "登录", not "登 录": the accessible name and the text stay the words themselves.
      button={{ autoInsertSpace: false }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <SessionProvider fallback={<PageFallback />}>
            <RouterProvider router={router} />
          </SessionProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}

const container = document.getElementById('root');
if (container) {
  // The first paint waits for the strings of the page's language (one small chunk).
  void i18nReady.then(() => {
    createRoot(container).render(
      <StrictMode>
        <Root />
      </StrictMode>,
    );
  });
}
