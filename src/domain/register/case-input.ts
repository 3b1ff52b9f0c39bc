// validateRegistration: every rule a registration must meet, as field errors with dot paths and Chinese messages.
import type { FieldError } from '../errors.js';
import { daysBetween, isIsoDate } from '../deadlines/dates.js';
import { CHANNELS, CHANNEL_LABELS, PIPELINE_LABELS, PIPELINES } from '../vocabulary/index.js';
import { headcountOf, isGroupVisit, representativeCount } from './flags.js';
import { accusedErrors, petitionerErrors, regionProblem } from './party-input.js';
import { validatePhone } from './phone.js';
import {
  anyNatureLabel,
  CASE_SOURCES,
  FORWARDED_SOURCES,
  isNatureOf,
  SECRECY_LEVELS,
  UNCATEGORISED_NATURES,
  URGENCIES,
} from './registration-codes.js';
import { isBlank, rulesOf, type RegistrationConfig, type RegistrationInput } from './registration.js';

const oneOf = (list: readonly string[], value: unknown) => typeof value === 'string' && list.includes(value);
/** Channels whose original text arrives as text and must be kept. */
const TEXT_CHANNELS = new Set(['online', 'sms', 'email']);

/** All problems of a registration at once (an empty list means it may be saved). */
export function validateRegistration(input: RegistrationInput, config: RegistrationConfig): FieldError[] {
  const rules = rulesOf(config);
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });

  // When it came in.
  if (isBlank(input.receivedOn)) add('receivedOn', '请填写信访日期');
  else if (!isIsoDate(input.receivedOn)) add('receivedOn', '信访日期格式无效（应为 YYYY-MM-DD）');
  else if (input.receivedOn > config.today) add('receivedOn', '信访日期不能晚于今天');
  else {
    const late = daysBetween(input.receivedOn, config.today);
    if (late > rules.backdateDaysWithoutReason && isBlank(input.backdateReason)) {
      add(
        'backdateReason',
        `信访日期早于今天${late}天，超过${rules.backdateDaysWithoutReason}天须填写补录理由`,
      );
    }
  }

  // How, from where, and what kind.
  const channelOk = oneOf(CHANNELS, input.channel);
  if (!channelOk) add('channel', '请选择信访形式');
  if (!oneOf(CASE_SOURCES, input.source)) add('source', '请选择信访来源');
  else if (input.channel === 'transferIn' && !FORWARDED_SOURCES.includes(input.source)) {
    add('source', `信访形式为“${CHANNEL_LABELS.transferIn}”时，来源应为上级或其他部门转办/交办`);
  } else if (input.channel === 'leaderReferral' && input.source !== 'leaderAssigned') {
    add('source', `信访形式为“${CHANNEL_LABELS.leaderReferral}”时，来源应为领导交办`);
  }
  if (!oneOf(PIPELINES, input.pipeline)) add('pipeline', '请选择业务类型（党政信访或纪检监察检举控告）');
  else if (!isNatureOf(input.pipeline, input.nature)) {
    const label = anyNatureLabel(input.nature);
    const what = input.pipeline === 'government' ? '信访事项性质' : '信访类别';
    add('nature', label ? `“${label}”不是${PIPELINE_LABELS[input.pipeline]}的${what}` : `请选择${what}`);
  }
  if (isBlank(input.categoryCode)) {
    if (!UNCATEGORISED_NATURES.includes(input.nature)) add('categoryCode', '请选择问题类别');
  } else if (config.isKnownCategory && oneOf(PIPELINES, input.pipeline)) {
    if (!config.isKnownCategory(input.pipeline, input.categoryCode!))
      add('categoryCode', '问题类别不存在或已停用');
  }
  if (isBlank(input.matterRegionCode)) add('matterRegionCode', '请选择问题属地');
  else {
    const problem = regionProblem(input.matterRegionCode!, config.isKnownRegion);
    if (problem) add('matterRegionCode', `问题属地${problem}`);
  }
  if (input.urgency !== undefined && !oneOf(URGENCIES, input.urgency))
    add('urgency', '紧急程度不在可选范围内');
  if (input.secrecy !== undefined && !oneOf(SECRECY_LEVELS, input.secrecy))
    add('secrecy', '密级不在可选范围内');

  // What it says.
  if (!isBlank(input.title) && input.title!.trim().length > rules.maxTitleLength) {
    add('title', `标题不能超过${rules.maxTitleLength}个字`);
  }
  if (channelOk && TEXT_CHANNELS.has(input.channel) && isBlank(input.content)) {
    add('content', `${CHANNEL_LABELS[input.channel]}信访须保存原文内容`);
  } else if (isBlank(input.summary) && isBlank(input.content)) {
    add('summary', '请填写内容摘要或信访内容');
  }

  // Who.
  const petitioners = input.petitioners ?? [];
  const named = petitioners.filter((p) => !isBlank(p.name));
  // A visit has someone standing at the desk; an anonymous visitor still counts as a person.
  if (
    input.channel === 'visit' &&
    petitioners.length === 0 &&
    !(input.anonymous && (input.headcount ?? 0) >= 1)
  ) {
    add('petitioners', '来访须登记至少一名来访人（匿名来访至少填写人数）');
  } else if (!input.anonymous && named.length === 0) {
    add('petitioners', '未选择匿名时，须填写至少一名信访人的姓名');
  }
  if (input.anonymous) {
    petitioners.forEach((p, i) => {
      if (!isBlank(p.name))
        add(`petitioners.${i}.name`, '已选择匿名，不应填写信访人姓名（请取消匿名或清除姓名）');
    });
  }
  if (input.channel === 'phone') {
    if (isBlank(input.callerNumber)) {
      if (!input.anonymous) add('callerNumber', '电话信访须填写来电号码（匿名来电除外）');
    } else {
      const r = validatePhone(input.callerNumber!);
      if (!r.ok) add('callerNumber', r.message);
    }
  }
  if (petitioners.filter((p) => p.isPrimary).length > 1) add('petitioners', '只能指定一名主要信访人');
  const ctx = { today: config.today, rules, isKnownRegion: config.isKnownRegion };
  petitioners.forEach((p, i) => errors.push(...petitionerErrors(p, `petitioners.${i}`, ctx)));

  // How many.
  if (input.headcount !== undefined) {
    if (!Number.isInteger(input.headcount) || input.headcount < 1) add('headcount', '人数应为正整数');
    else if (input.headcount < petitioners.length) {
      add('headcount', `人数不能少于已登记的信访人数（${petitioners.length}人）`);
    }
  }
  const representatives = representativeCount(input);
  if (representatives > rules.maxRepresentatives) {
    add('petitioners', `代表人数不得超过${rules.maxRepresentatives}人（当前${representatives}人）`);
  }
  if (rules.requireRepresentatives && representatives === 0 && isGroupVisit(input, rules)) {
    add(
      'petitioners',
      `集体访（${headcountOf(input)}人）应推选代表并在来访人中标明（不超过${rules.maxRepresentatives}人）`,
    );
  }

  // About whom.
  const accused = input.accused ?? [];
  const strict = input.pipeline === 'discipline' && input.nature === 'accusation';
  if (strict && accused.length === 0) add('accused', '检举控告须填写至少一名被反映人');
  accused.forEach((a, i) => errors.push(...accusedErrors(a, `accused.${i}`, strict)));

  return errors;
}
