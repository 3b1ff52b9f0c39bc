import { useEffect, useRef, useState } from 'react';
import { HomePage } from './home-page.js';
import { QueryPage } from './query/query-page.js';
import { ReportPage } from './report/report-page.js';
import { hrefOf, useRoute, type Route } from './route.js';

const NAV: { route: Route; label: string }[] = [
  { route: 'home', label: '首页' },
  { route: 'report', label: '我要反映' },
  { route: 'query', label: '查询进度' },
];
const TITLES: Record<Route, string> = { home: '首页', report: '我要反映', query: '查询进度' };
export const SITE_NAME = '网上信访举报';

/** A code and password handed from the receipt to the query page (kept in memory, never in the address). */
export interface QueryPrefill {
  queryCode: string;
  queryPassword: string;
}

export function App() {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const [prefill, setPrefill] = useState<QueryPrefill | null>(null);
  const first = useRef(true);

  useEffect(() => {
    document.title = `${TITLES[route]} - ${SITE_NAME}`;
    // After a page change, screen-reader and keyboard users start at the new page's heading.
    if (first.current) first.current = false;
    else main.current?.querySelector<HTMLElement>('h1')?.focus();
    window.scrollTo(0, 0);
  }, [route]);

  return (
    <>
      <button
        type="button"
        className="skip-link"
        onClick={() => main.current?.querySelector<HTMLElement>('h1')?.focus()}
      >
        跳到主要内容
      </button>
      <header className="site-header">
        <div className="wrap">
          <p className="site-name">{SITE_NAME}</p>
          <nav aria-label="主导航">
            <ul>
              {NAV.map((n) => (
                <li key={n.route}>
                  <a href={hrefOf(n.route)} aria-current={route === n.route ? 'page' : undefined}>
                    {n.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main ref={main} className="wrap" id="main">
        {route === 'home' && <HomePage />}
        {route === 'report' && <ReportPage onQuery={setPrefill} />}
        {route === 'query' && <QueryPage prefill={prefill} onPrefillUsed={() => setPrefill(null)} />}
      </main>
      <footer className="site-footer">
        <div className="wrap">
          <p>请如实反映问题。捏造事实、诬告陷害他人的，依纪依法追究责任。</p>
        </div>
      </footer>
    </>
  );
}
