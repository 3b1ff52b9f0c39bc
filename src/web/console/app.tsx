import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { BrowserRouter } from 'react-router-dom';
import { ConsoleRoutes } from './routes.js';
import { SessionProvider } from './session.js';

dayjs.locale('zh-cn');

// Users who asked their system for less motion get none (no sliding menus, no growing spinners).
const reducedMotion =
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

export function ConsoleApp() {
  return (
    // autoInsertSpace off: antd would render 登录 as "登 录".
    <ConfigProvider
      locale={zhCN}
      button={{ autoInsertSpace: false }}
      theme={{ token: { motion: !reducedMotion } }}
    >
      <AntApp>
        <SessionProvider>
          <BrowserRouter>
            <ConsoleRoutes />
          </BrowserRouter>
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}
