import { beyondScope, settingsRepository } from '../../db/index.js';
import { indicatorDefinition } from '../../domain/indicators/index.js';
import { audit } from '../audit.js';
import { inScope, type ServiceContext } from '../context.js';
import { COUNT_BASIC_SETTING, countBasicallySatisfied } from '../statistics/indicators.js';
import { mustBeTopAdmin } from './routing-config.js';

export interface StatisticsSettings {
  countBasicallySatisfied: boolean;
}

const view = (countBasic: boolean) => ({
  countBasicallySatisfied: countBasic,
  /** The 满意率 definition every figure shows under this setting. */
  definition: indicatorDefinition('satisfactionRate', { countBasicallySatisfied: countBasic }),
});

/** 统计口径: whether 基本满意 counts as satisfied in 满意率 (default: it does). */
export const statisticsSettingsView = (ctx: ServiceContext) => inScope(ctx, async (tx) => view(await countBasicallySatisfied(tx, {})));

/** Changed by the top unit's administrator only; audited with before and after; every figure uses it at once. */
export const setStatisticsSettings = (ctx: ServiceContext, next: StatisticsSettings) =>
  inScope(ctx, async (tx) => {
    await mustBeTopAdmin(ctx, tx);
    const before = await countBasicallySatisfied(tx, {});
    await beyondScope(tx, () => settingsRepository.put(tx, COUNT_BASIC_SETTING, next.countBasicallySatisfied));
    await audit(tx, ctx, {
      action: 'config.statisticsSettings',
      objectType: 'config',
      objectId: COUNT_BASIC_SETTING,
      detail: { before: { countBasicallySatisfied: before }, after: next },
    });
    return view(next.countBasicallySatisfied);
  });
