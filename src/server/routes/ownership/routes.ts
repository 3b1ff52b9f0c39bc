import type { ZodApp } from '../../zod-app.js';
import actions from './actions.js';
import create from './create.js';
import get from './get.js';
import list from './list.js';
import rates from './rates.js';

/** 领导包案, registered as one entry of ROUTES. */
export default (app: ZodApp) => {
  create(app);
  list(app);
  rates(app);
  get(app);
  actions(app);
};
