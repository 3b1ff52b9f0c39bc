// 信访人 of a ledger row: names, identity and contact cells, 匿名, 人数.
import type { PetitionerInput } from '../register/registration.js';
import type { Channel } from '../vocabulary/index.js';
import type { ImportField } from './fields.js';
import { readSex } from './codes.js';
import { parseCount, parseYesNo, splitList } from './values.js';

export type Get = (f: ImportField) => string;
export type Bad = (field: ImportField, message: string, path?: string) => void;

/** What ledgers write where there is no name. */
const NO_NAME = new Set(['匿名', '匿名者', '匿名人', '无名氏', '不详', '无', '未署名', '-']);

interface PeopleOptions {
  channel: Channel | undefined;
  groupVisitMinPeople: number;
  maxRepresentatives: number;
}

/**
 * Several names in one cell (张三、李四) are several petitioners. ID numbers and phones are shared out one per
 * name when the counts agree; otherwise they, the address and the sex belong to the first (主要信访人).
 * The named visitors of a group visit (up to the representatives' limit) are taken as its elected representatives:
 * ledgers list the representatives by name and the rest by 人数.
 */
export function readPeople(get: Get, bad: Bad, opts: PeopleOptions) {
  const names = splitList(get('petitionerName')).filter((n) => !NO_NAME.has(n));
  const ids = splitList(get('petitionerIdNumber'));
  const phones = splitList(get('petitionerPhone'));
  const address = get('petitionerAddress');
  const workUnit = get('petitionerWorkUnit');
  const sexText = get('petitionerSex');
  const sex = sexText ? readSex(sexText) : undefined;
  if (sex === null) bad('petitionerSex', `性别「${sexText}」无法识别（可填写：男、女）`, 'petitioners.0.sex');

  const anyDetail = ids.length > 0 || phones.length > 0 || address !== '' || workUnit !== '';
  const count = Math.max(names.length, anyDetail ? 1 : 0);
  if (ids.length > 1 && ids.length !== count) bad('petitionerIdNumber', `身份证号有${ids.length}个，与信访人人数（${count}人）不一致`, 'petitioners.0.idNumber');
  const each = (list: string[]) => list.length === count && count > 1;
  const petitioners: PetitionerInput[] = Array.from({ length: count }, (_, i) => {
    const first = i === 0;
    const p: PetitionerInput = {};
    if (names[i]) p.name = names[i];
    const id = each(ids) ? ids[i] : first ? ids[0] : undefined;
    if (id) p.idNumber = id;
    const ph = each(phones) ? [phones[i]!] : first ? phones : [];
    if (ph.length) p.phones = ph;
    if (first && address) p.address = address;
    if (first && workUnit) p.workUnit = workUnit;
    if (first && sex) p.sex = sex;
    return p;
  });

  let anonymous = names.length === 0;
  const anonText = get('anonymous');
  const signedText = get('signed');
  if (anonText) {
    const v = parseYesNo(anonText);
    if (v === null) bad('anonymous', `是否匿名「${anonText}」无法识别（可填写：是、否）`);
    else if (v !== undefined) anonymous = v;
  } else if (signedText) {
    const v = parseYesNo(signedText);
    if (v === null) bad('signed', `是否署名「${signedText}」无法识别（可填写：是、否）`, 'anonymous');
    else if (v !== undefined) anonymous = !v;
  }

  const countText = get('headcount');
  const headcount = countText ? parseCount(countText) : undefined;
  if (headcount === null) bad('headcount', `人数「${countText}」应为正整数`);

  const people = headcount ?? petitioners.length;
  const named = petitioners.filter((p) => p.name);
  if (opts.channel === 'visit' && people >= opts.groupVisitMinPeople && named.length >= 1 && named.length <= opts.maxRepresentatives) {
    for (const p of named) p.isRepresentative = true;
  }
  return { petitioners, anonymous, headcount: headcount ?? undefined };
}
