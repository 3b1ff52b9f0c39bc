import type { ZodApp } from '../../zod-app.js';
import file from './file.js';
import form from './form.js';
import get from './get.js';
import groups from './groups.js';
import grid from './grid.js';
import list from './list.js';
import progress from './progress.js';
import report from './report.js';
import schedule from './schedule.js';
import status from './status.js';
import toCase from './to-case.js';

/** 隐患排查 (risk screening by liaison officers), registered as one entry of ROUTES. */
export default (app: ZodApp) => {
  form(app);
  file(app);
  grid(app);
  report(app);
  list(app);
  get(app);
  progress(app);
  status(app);
  toCase(app);
  schedule(app);
  groups(app);
};
