import type { ZodApp } from '../../zod-app.js';
import exportCases from '../exports/cases-xlsx.js';
import commitImport from './commit.js';
import createImport from './create.js';
import getImport from './get.js';
import listImports from './list.js';
import updateMapping from './update-mapping.js';

/** 台账导入 and the Excel export of case lists, registered as one entry of ROUTES. */
export default (app: ZodApp) => {
  createImport(app);
  listImports(app);
  getImport(app);
  updateMapping(app);
  commitImport(app);
  exportCases(app);
};
