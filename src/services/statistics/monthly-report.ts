import { statisticsRepository } from '../../db/repositories/statistics.repository.js';
import { monthOf } from '../../domain/indicators/index.js';
import type { CrossTab, IndicatorValue } from '../../shared/schemas/index.js';
import { inScope, type ServiceContext } from '../context.js';
import { escapeHtml, htmlPage } from '../printouts/index.js';
import { crossTab } from './cross-tab.js';
import { indicatorTable } from './indicators.js';
import { resolveScope } from './scope.js';

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);
const change = (now: number, before: number | null) => (before === null || before === 0 ? '—' : `${now >= before ? '+' : ''}${(((now - before) / before) * 100).toFixed(1)}%`);

function tableOf(tab: CrossTab, limit = 15) {
  const rows = tab.items.slice(0, limit);
  const rest = tab.items.slice(limit).reduce((a, i) => a + i.total.n, 0);
  const body = rows
    .map((i) => `<tr><td>${escapeHtml(i.label)}</td><td class="n">${i.total.n}</td><td class="n">${i.yearBefore ?? ''}</td><td class="n">${change(i.total.n, i.yearBefore)}</td><td class="n">${i.periodBefore ?? ''}</td><td class="n">${change(i.total.n, i.periodBefore)}</td></tr>`)
    .join('');
  const more = rest ? `<tr><td>其他</td><td class="n">${rest}</td><td colspan="4"></td></tr>` : '';
  const t = tab.totals;
  return `<table class="form"><thead><tr><th>${escapeHtml(tab.rows.label)}</th><th>本月</th><th>去年同月</th><th>同比</th><th>上月</th><th>环比</th></tr></thead>
<tbody>${body}${more}<tr><th>合计</th><td class="n">${t.total.n}</td><td class="n">${t.yearBefore ?? ''}</td><td class="n">${change(t.total.n, t.yearBefore)}</td><td class="n">${t.periodBefore ?? ''}</td><td class="n">${change(t.total.n, t.periodBefore)}</td></tr></tbody></table>`;
}

const indicatorRows = (values: IndicatorValue[]) =>
  values
    .map((v) => `<tr><th>${escapeHtml(v.label)}</th><td class="n">${v.kind === 'count' ? `${v.numerator} 件` : pct(v.rate)}</td><td class="n">${v.kind === 'count' ? '' : `${v.numerator} / ${v.denominator ?? 0}`}</td><td class="def">${escapeHtml(v.definition)}</td></tr>`)
    .join('');

const STYLE = `<style>
.report h2 { font-size: 13pt; margin: 5mm 0 2mm; font-family: 'SimHei', '黑体', 'WenQuanYi Micro Hei', sans-serif; }
.report td.n { text-align: right; white-space: nowrap; }
.report td.def { font-size: 9pt; }
.report p { text-indent: 2em; line-height: 1.8; margin: 1mm 0; }
</style>`;

/** 信访举报工作月报: a print-ready page of one month of a unit's subtree (totals, tables, indicators, lights). */
export async function monthlyReport(ctx: ServiceContext, q: { unitId?: string | undefined; month: string }) {
  const period = monthOf(`${q.month}-01`);
  const base = { unitId: q.unitId, from: period.from, to: period.to, compare: 'true' as const };
  const byChannel = await crossTab(ctx, { ...base, rows: 'channel' });
  const byCategory = await crossTab(ctx, { ...base, rows: 'category1' });
  const byRegion = await crossTab(ctx, { ...base, rows: 'region' });
  const indicators = await indicatorTable(ctx, { unitId: q.unitId, from: period.from, to: period.to });
  const lights = await inScope(ctx, async (tx) => statisticsRepository.lightCounts(tx, (await resolveScope(tx, ctx, { unitId: q.unitId })).filter));
  const t = byChannel.totals;
  const unit = byChannel.unit.name;
  const title = `${unit}信访举报工作月报（${byChannel.period.label}）`;
  const v = (k: string) => indicators.total.find((i) => i.indicator === k)!;
  const sheet = `${STYLE}<div class="report">
<div class="unit-name">${escapeHtml(unit)}</div>
<h1>信访举报工作月报</h1>
<div class="number-line"><span class="no">${escapeHtml(byChannel.period.label)}（${period.from} 至 ${period.to}）</span><span>统计截至 ${indicators.asOf}</span></div>
<h2>一、总体情况</h2>
<p>本月共受理信访举报 ${t.total.n} 件，去年同月 ${t.yearBefore ?? 0} 件，同比 ${change(t.total.n, t.yearBefore)}；上月 ${t.periodBefore ?? 0} 件，环比 ${change(t.total.n, t.periodBefore)}。
其中重复件 ${v('repeatRate').numerator} 件，重复信访率 ${pct(v('repeatRate').rate)}；越级访 ${v('skipLevelCount').numerator} 件，集体访 ${v('groupVisitCount').numerator} 件。
目前在办件中红灯（已超期）${lights.red} 件、黄灯（临近期限）${lights.yellow} 件、绿灯 ${lights.green} 件。</p>
<h2>二、按信访形式</h2>${tableOf(byChannel)}
<h2>三、按问题类别</h2>${tableOf(byCategory)}
<h2>四、按问题属地</h2>${tableOf(byRegion)}
<h2>五、工作指标</h2>
<table class="form"><colgroup><col style="width:28mm"><col style="width:22mm"><col style="width:22mm"><col></colgroup>
<thead><tr><th>指标</th><th>数值</th><th>分子 / 分母</th><th>定义</th></tr></thead><tbody>${indicatorRows(indicators.total)}</tbody></table>
<div class="footer"><span>信访举报信息管理系统生成</span><span>“零越级”：距最近一次越级访 ${indicators.zeroSkipLevelDays} 天</span></div>
</div>`;
  return htmlPage(title, sheet);
}
