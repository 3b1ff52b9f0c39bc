// 下访 and 民情日记: a leader or cadre's visit to a village or enterprise.
import { compareDates, isIsoDate, type IsoDate } from '../deadlines/dates.js';
import type { FieldError } from '../errors.js';

export interface DiaryInput {
  visitedOn: IsoDate;
  /** Who went (the writer and companions). */
  visitors: string;
  place: string;
  /** Whom they met: 党员干部、群众、骨干、知情人. */
  metWith: string;
  problemsFound: string;
  followUp: string;
}

export function diaryProblems(d: DiaryInput, today: IsoDate): FieldError[] {
  const out: FieldError[] = [];
  if (!isIsoDate(d.visitedOn)) out.push({ field: 'visitedOn', message: '下访日期无效' });
  else if (compareDates(d.visitedOn, today) > 0) out.push({ field: 'visitedOn', message: '下访日期不能晚于今天' });
  const need = (field: keyof DiaryInput, what: string, min: number) => {
    if (!d[field] || d[field].trim().length < min) out.push({ field, message: `请填写${what}（至少 ${min} 个字）` });
  };
  need('visitors', '下访人员', 2);
  need('place', '地点', 2);
  need('metWith', '接触对象', 2);
  need('problemsFound', '发现的问题（没有问题请写“无”）', 1);
  need('followUp', '后续跟进', 1);
  return out;
}
