// Field rules for the people on a registration: petitioners (§5.4 B) and the accused (§5.4 C).
import type { FieldError } from '../errors.js';
import { isIsoDate } from '../deadlines/dates.js';
import { normalizeRegionCode } from '../regions/index.js';
import { RANKS } from '../vocabulary/index.js';
import { validateIdNumber } from './id-number.js';
import { validatePhone } from './phone.js';
import { ACCUSED_KINDS, SEX_LABELS } from './registration-codes.js';
import { isBlank, type AccusedInput, type PetitionerInput, type RegistrationRules } from './registration.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface PartyContext {
  today: string;
  rules: RegistrationRules;
  isKnownRegion?: (code: string) => boolean;
}

/** Problems with a region code field, or null. */
export function regionProblem(code: string, isKnownRegion?: (code: string) => boolean): string | null {
  const canonical = normalizeRegionCode(code);
  if (canonical === null) return '行政区划代码格式不对：应为6、9或12位数字';
  if (isKnownRegion && !isKnownRegion(canonical)) return `行政区划代码 ${code} 不存在`;
  return null;
}

export function petitionerErrors(p: PetitionerInput, at: string, ctx: PartyContext): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field: `${at}.${field}`, message });

  if (p.name && p.name.trim().length > ctx.rules.maxNameLength)
    add('name', `姓名不能超过${ctx.rules.maxNameLength}个字`);

  let fromId: { birthDate: string; sex: 'male' | 'female' } | null = null;
  if (!isBlank(p.idNumber)) {
    const r = validateIdNumber(p.idNumber!, { today: ctx.today, isKnownRegion: ctx.isKnownRegion });
    if (r.ok) fromId = r;
    else add('idNumber', r.message);
  }
  if (p.birthDate !== undefined && p.birthDate !== '') {
    if (!isIsoDate(p.birthDate)) add('birthDate', '出生日期格式无效（应为 YYYY-MM-DD）');
    else if (p.birthDate > ctx.today) add('birthDate', '出生日期不能晚于今天');
    else if (fromId && fromId.birthDate !== p.birthDate) {
      add('birthDate', `出生日期与身份证号不一致（身份证号显示为 ${fromId.birthDate}）`);
    }
  }
  if (p.sex && fromId && fromId.sex !== p.sex)
    add('sex', `性别与身份证号不一致（身份证号显示为${SEX_LABELS[fromId.sex]}）`);

  const phones = p.phones ?? [];
  if (phones.length > ctx.rules.maxPhonesPerPetitioner) {
    add('phones', `联系电话最多填写${ctx.rules.maxPhonesPerPetitioner}个`);
  }
  phones.forEach((n, j) => {
    const r = validatePhone(n);
    if (!r.ok) add(`phones.${j}`, r.message);
  });
  if (!isBlank(p.email) && !EMAIL.test(p.email!.trim())) add('email', '电子邮箱格式不对');
  if (!isBlank(p.regionCode)) {
    const problem = regionProblem(p.regionCode!, ctx.isKnownRegion);
    if (problem) add('regionCode', problem);
  }
  return errors;
}

/**
 * An accused entry must say who it is: a person's name, or a unit's name.
 * `strict` (discipline accusations) also needs the person's unit and rank, which decide the accepting body.
 */
export function accusedErrors(a: AccusedInput, at: string, strict: boolean): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field: `${at}.${field}`, message });
  const kind = a.kind ?? 'person';

  if (!(ACCUSED_KINDS as readonly string[]).includes(kind)) add('kind', '被反映人类型只能是个人或单位');
  if (kind === 'unit') {
    if (isBlank(a.unit)) add('unit', '请填写被反映单位名称');
  } else {
    if (isBlank(a.name)) add('name', '请填写被反映人姓名');
    if (strict && isBlank(a.unit)) add('unit', '请填写被反映人的工作单位');
    if (strict && !a.rank) add('rank', '请选择被反映人职级（它决定受理层级）');
  }
  if (a.rank && !(RANKS as readonly string[]).includes(a.rank)) add('rank', '职级不在可选范围内');
  if (!isBlank(a.regionCode)) {
    const problem = regionProblem(a.regionCode!);
    if (problem) add('regionCode', problem);
  }
  return errors;
}
