import type { ZodApp } from '../../zod-app.js';
import crossTab from './cross-tab.js';
import dashboard from './dashboard.js';
import exportCrossTab from './export-cross-tab.js';
import exportIndicators from './export-indicators.js';
import indicators from './indicators.js';
import monthlyReport from './monthly-report.js';

/** 统计分析: one file per action, registered together. */
export default (app: ZodApp) => {
  for (const register of [crossTab, indicators, dashboard, exportCrossTab, exportIndicators, monthlyReport]) register(app);
};
