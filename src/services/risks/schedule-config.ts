import { settingsRepository, beyondScope, type Db } from '../../db/index.js';
import { invalid } from '../../domain/errors.js';
import { DEFAULT_REPORT_SCHEDULE, REPORT_FREQUENCIES, type ReportSchedule } from '../../domain/risks/index.js';
import { UNIT_LEVELS } from '../../domain/vocabulary/index.js';
import { audit } from '../audit.js';
import { mustBeTopAdmin } from '../config/routing-config.js';
import { inScope, type ServiceContext } from '../context.js';

export const RISK_SCHEDULE_KEY = 'risks.schedule';

/** Which levels report and how often: the administrators' setting, or villages weekly. */
export async function reportSchedule(db: Db): Promise<ReportSchedule> {
  return (await settingsRepository.get<ReportSchedule>(db, RISK_SCHEDULE_KEY)) ?? DEFAULT_REPORT_SCHEDULE;
}

export const getReportSchedule = (ctx: ServiceContext) => inScope(ctx, (tx) => reportSchedule(tx));

/** Sets the schedule (top administrators only; audited). */
export const setReportSchedule = (ctx: ServiceContext, next: ReportSchedule) =>
  inScope(ctx, async (tx) => {
    await mustBeTopAdmin(ctx, tx);
    for (const [level, f] of Object.entries(next)) {
      if (!(UNIT_LEVELS as readonly string[]).includes(level)) throw invalid(`未知的单位层级：${level}`, [{ field: level, message: '未知的单位层级' }]);
      if (!REPORT_FREQUENCIES.includes(f)) throw invalid('上报周期须为每周、每半月或每月', [{ field: level, message: '上报周期无效' }]);
    }
    if (!Object.keys(next).length) throw invalid('至少指定一个需要上报隐患排查表的单位层级');
    const before = await reportSchedule(tx);
    await beyondScope(tx, () => settingsRepository.put(tx, RISK_SCHEDULE_KEY, next));
    await audit(tx, ctx, { action: 'config.riskSchedule', objectType: 'config', objectId: RISK_SCHEDULE_KEY, detail: { before, after: next } });
    return next;
  });
