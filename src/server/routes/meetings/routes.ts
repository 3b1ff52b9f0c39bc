import type { ZodApp } from '../../zod-app.js';
import diaries from './diaries.js';
import meetings from './meetings.js';

/** 下访与民情日记 and meetings, registered as one entry of ROUTES. */
export default (app: ZodApp) => {
  diaries(app);
  meetings(app);
};
