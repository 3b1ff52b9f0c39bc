import { statisticsRepository, type StatsDimension } from '../../db/repositories/statistics.repository.js';
import { addDays } from '../../domain/deadlines/index.js';
import { monthOf, periodBefore, yearOnYear } from '../../domain/indicators/index.js';
import { PREFIX_LENGTH, regionPrefix } from '../../domain/regions/index.js';
import type { Dashboard, StatsQuery } from '../../shared/schemas/index.js';
import { inScope, type ServiceContext } from '../context.js';
import { hotWords } from './hot-words.js';
import { countBasicallySatisfied, scopeIndicators } from './indicators.js';
import { combineDrill, keyDrill, keyLabel, regionCodeOf, sortKeys } from './labels.js';
import { periodView, resolveScope } from './scope.js';

/** Hot words read at most this many of the period's newest cases, and so much of each one's content. */
const HOT_WORD_TEXTS = 800;
const HOT_WORD_CHARS = 300;
/**
 * Hot words are cached per scope, period and filter for HOT_WORD_TTL_MS. Not kept incrementally: TF-IDF keywords of
 * the newest 800 texts are no sum that a new case adds to (the newest texts change, and so do the weights), and
 * keeping per-word counts would mean segmenting every case on registration, on the hot path the registration
 * targets guard. Reading the texts costs a few tens of milliseconds and jieba ~40 ms at a million cases; a leader's
 * home page is opened again and again, and a summary of a month's wording that lags by at most five minutes tells
 * the same story. The cache lives in the server process (each server its own), bounded in size.
 */
const HOT_WORD_TTL_MS = 5 * 60_000;
const HOT_WORD_ENTRIES = 500;
const hotWordCache = new Map<string, { at: number; words: ReturnType<typeof hotWords> }>();

async function cachedHotWords(key: string, now: number, compute: () => Promise<ReturnType<typeof hotWords>>) {
  const hit = hotWordCache.get(key);
  if (hit && now - hit.at < HOT_WORD_TTL_MS && now >= hit.at) return hit.words;
  const words = await compute();
  if (hotWordCache.size >= HOT_WORD_ENTRIES) hotWordCache.delete(hotWordCache.keys().next().value!);
  hotWordCache.delete(key);
  hotWordCache.set(key, { at: now, words });
  return words;
}

/**
 * The leaders' home page, within the caller's scope: lights now, intake by month (the 12 months up to the period's
 * end), top categories, cases by region for the map, hot words and indicator tiles of the period.
 */
export const dashboard = (ctx: ServiceContext, q: StatsQuery): Promise<Dashboard> =>
  inScope(ctx, async (tx) => {
    const s = await resolveScope(tx, ctx, q);
    // No unit dimension here: no unit names to look up.
    const names = new Map<string, string>();
    // The map has no town level: a county's statistics show on its prefecture's map.
    const mapLevel = s.regionLevel === 'town' ? 'county' : s.regionLevel;
    const options = { ...s.options, regionDigits: PREFIX_LENGTH[mapLevel] };
    const slices = async (d: StatsDimension, filter = s.filter, limit = 1000) => {
      const rows = sortKeys(d, (await statisticsRepository.groupCounts(tx, filter, [d], options)).map((r) => ({ key: r.k1, n: r.n })));
      const period = { from: filter.from ?? s.period.from, to: filter.to ?? s.period.to };
      return rows.slice(0, limit).map(({ key, n }) => ({
        key,
        label: keyLabel(d, key, names, options.regionDigits),
        code: d === 'region' && key ? regionCodeOf(key) : null,
        n,
        drill: combineDrill(s.drillBase && { ...s.drillBase, ...period }, keyDrill(d, key, s.unit.id, period, options.regionDigits)),
      }));
    };
    const trendFrom = addDays(monthOf(s.period.to).to, 1).replace(/^(\d{4})/, (y) => String(Number(y) - 1));
    // Every month of the twelve, the quiet ones with 0.
    const counted = await slices('month', { ...s.filter, from: trendFrom, to: s.period.to });
    const trend = [];
    for (let m = trendFrom.slice(0, 7); m <= s.period.to.slice(0, 7); m = addDays(monthOf(`${m}-01`).to, 1).slice(0, 7)) {
      const key = m;
      const period = { from: `${m}-01` < trendFrom ? trendFrom : `${m}-01`, to: s.period.to };
      trend.push(counted.find((c) => c.key === key) ?? { key, label: keyLabel('month', key, names), code: null, n: 0, drill: combineDrill(s.drillBase && { ...s.drillBase, ...period }, keyDrill('month', key, s.unit.id, period)) });
    }
    const categories = (await slices('category1')).filter((c) => c.key && !c.key.endsWith(':')).slice(0, 10);
    const regions = (await slices('region')).filter((r) => r.key);
    const lights = await statisticsRepository.lightCounts(tx, s.filter);
    const words = await cachedHotWords(JSON.stringify(s.filter), ctx.now().getTime(), async () =>
      hotWords(await statisticsRepository.texts(tx, s.filter, HOT_WORD_TEXTS, HOT_WORD_CHARS)),
    );
    const indicators = await scopeIndicators(tx, s, await countBasicallySatisfied(tx, {}));
    const [total, yearBefore, before] = await statisticsRepository.countsIn(tx, s.filter, [s.period, yearOnYear(s.period), periodBefore(s.period)]);
    // The map of the region the areas lie in: China for provinces, a province for cities, a prefecture for counties.
    const parentDigits = { province: 0, city: 2, county: 4 }[mapLevel];
    const anchor = q.matterRegionCode ?? s.unit.regionCode;
    const parentCode = parentDigits === 0 ? '100000' : regionCodeOf((regionPrefix(anchor) ?? anchor).slice(0, parentDigits).padEnd(parentDigits, '0'));
    return {
      unit: { id: s.unit.id, name: s.unit.name, regionCode: s.unit.regionCode },
      period: periodView(s.period),
      lights,
      trend,
      categories,
      regions: { level: mapLevel, parentCode, items: regions },
      hotWords: words,
      indicators,
      intake: { total: total ?? 0, yearBefore: yearBefore ?? 0, periodBefore: before ?? 0 },
    };
  });
