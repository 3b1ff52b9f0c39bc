import type { ZodApp } from '../zod-app.js';
import login from './auth/login.js';
import logout from './auth/logout.js';
import me from './auth/me.js';
import changePassword from './auth/change-password.js';
import listUnits from './units/list.js';
import getUnit from './units/get.js';
import createUnit from './units/create.js';
import updateUnit from './units/update.js';
import moveUnit from './units/move.js';
import setUnitActive from './units/set-active.js';
import unitHistory from './units/history.js';
import listUsers from './users/list.js';
import getUser from './users/get.js';
import createUser from './users/create.js';
import updateUser from './users/update.js';
import setUserActive from './users/set-active.js';
import unlockUser from './users/unlock.js';
import resetPassword from './users/reset-password.js';
import listTokens from './tokens/list.js';
import createToken from './tokens/create.js';
import revokeToken from './tokens/revoke.js';
import listAudit from './audit/list.js';
import health from './system/health.js';
import registerCase from './cases/register.js';
import listCases from './cases/list.js';
import getCase from './cases/get.js';
import caseByNumber from './cases/by-number.js';
import repeatCandidates from './cases/repeat-candidates.js';
import decideRepeat from './cases/decide-repeat.js';
import undoRepeat from './cases/undo-repeat.js';
import addAttachment from './cases/add-attachment.js';
import getAttachment from './cases/get-attachment.js';
import categories from './reference/categories.js';
import printout from './cases/printout.js';
import barcode from './cases/barcode.js';
import performAction from './handling/perform.js';
import caseTrail from './handling/trail.js';
import caseQueues from './cases/queues.js';
import handlingDocuments from './handling/documents.js';
import routeSuggestion from './handling/route-suggestion.js';
import routingConfig from './config/routing.js';
import timeConfig from './config/time.js';
import statisticsConfig from './config/statistics.js';
import notifications from './notifications/routes.js';
import deadlineLights from './handling/lights.js';
import portalPublic from './portal/public.js';
import portalFiles from './portal/files.js';
import portalOffice from './portal/office.js';
import reception from './portal/reception.js';
import portalReference from './portal/reference.js';
import regionChildren from './regions/children.js';
import regionDetail from './regions/get.js';
import searchRegions from './regions/search.js';
import importExport from './imports/routes.js';
import statistics from './statistics/routes.js';
import risks from './risks/routes.js';
import ownership from './ownership/routes.js';
import rota from './rota/routes.js';
import meetings from './meetings/routes.js';
import assessment from './assessment/routes.js';

/** Every route of the API, one file per action. The scope test walks this same table. */
export const ROUTES = [
  health,
  login,
  logout,
  me,
  changePassword,
  listUnits,
  getUnit,
  createUnit,
  updateUnit,
  moveUnit,
  setUnitActive,
  unitHistory,
  listUsers,
  getUser,
  createUser,
  updateUser,
  setUserActive,
  unlockUser,
  resetPassword,
  listTokens,
  createToken,
  revokeToken,
  listAudit,
  regionChildren,
  regionDetail,
  searchRegions,
  registerCase,
  listCases,
  caseByNumber,
  getCase,
  repeatCandidates,
  decideRepeat,
  undoRepeat,
  addAttachment,
  getAttachment,
  categories,
  printout,
  barcode,
  performAction,
  caseTrail,
  caseQueues,
  handlingDocuments,
  routeSuggestion,
  routingConfig,
  timeConfig,
  statisticsConfig,
  notifications,
  deadlineLights,
  portalPublic,
  portalFiles,
  portalOffice,
  reception,
  portalReference,
  importExport,
  statistics,
  risks,
  ownership,
  rota,
  meetings,
  assessment,
];

export async function routes(app: ZodApp) {
  for (const register of ROUTES) register(app);
}
