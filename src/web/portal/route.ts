// Hash routes (#/report, #/query): the server only ever sees /portal/, so its fallback to the staff console's
// index.html never applies to a portal page, and a reload stays on the portal.
import { useEffect, useState } from 'react';

export type Route = 'home' | 'report' | 'query';
const ROUTES: Record<string, Route> = { '#/': 'home', '': 'home', '#/report': 'report', '#/query': 'query' };

const current = (): Route => ROUTES[window.location.hash] ?? 'home';

export function useRoute(): Route {
  const [route, setRoute] = useState(current);
  useEffect(() => {
    const update = () => setRoute(current());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

export const hrefOf = (route: Route) => (route === 'home' ? '#/' : `#/${route}`);
export const go = (route: Route) => {
  window.location.hash = hrefOf(route);
};
