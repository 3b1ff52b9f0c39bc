// The report being written, step by step, and the checks each step makes before moving on. Pure: the
// steps' components and the tests share it.
import { passwordProblem } from '../../../domain/portal/index.js';
import { validateIdNumber } from '../../../domain/register/id-number.js';
import { validatePhone } from '../../../domain/register/phone.js';
import {
  DISCIPLINE_CLASS_LABELS,
  GOVERNMENT_NATURE_LABELS,
} from '../../../domain/register/registration-codes.js';
import type { Pipeline, Rank } from '../../../domain/vocabulary/index.js';
import type { Region } from '../api.js';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_FILES = 10;
export const MAX_ACCUSED = 10;

/** What a citizen may choose: the classes a reporter files (业务范围外 and 无实质内容 are the office's judgement). */
export const NATURE_CHOICES: Record<Pipeline, { value: string; label: string; hint: string }[]> = {
  government: [
    { value: 'suggestion', label: GOVERNMENT_NATURE_LABELS.suggestion, hint: '对政策、工作提出意见和建议' },
    { value: 'accusation', label: GOVERNMENT_NATURE_LABELS.accusation, hint: '检举、控告违法违纪行为' },
    { value: 'claim', label: GOVERNMENT_NATURE_LABELS.claim, hint: '请求解决自身合法权益问题' },
  ],
  discipline: [
    {
      value: 'accusation',
      label: DISCIPLINE_CLASS_LABELS.accusation,
      hint: '检举、控告党员、公职人员违纪违法',
    },
    { value: 'appeal', label: DISCIPLINE_CLASS_LABELS.appeal, hint: '对党纪处分、监察处置决定不服' },
    {
      value: 'criticism',
      label: DISCIPLINE_CLASS_LABELS.criticism,
      hint: '对党风廉政建设和反腐败工作的批评建议',
    },
  ],
};

export interface AccusedDraft {
  name: string;
  unit: string;
  position: string;
  rank: Rank | '';
}

export interface ReportDraft {
  pipeline: Pipeline | '';
  nature: string;
  anonymous: boolean | null;
  petitioner: { name: string; phone: string; idNumber: string; address: string };
  accused: AccusedDraft[];
  /** The chosen regions, province first; the last one is the place of the matter. */
  region: Region[];
  categoryCode: string;
  title: string;
  content: string;
  demands: string;
  files: File[];
  password: string;
  passwordConfirm: string;
  acknowledged: boolean;
}

export const emptyAccused = (): AccusedDraft => ({ name: '', unit: '', position: '', rank: '' });
export const emptyDraft = (): ReportDraft => ({
  pipeline: '',
  nature: '',
  anonymous: null,
  petitioner: { name: '', phone: '', idNumber: '', address: '' },
  accused: [emptyAccused()],
  region: [],
  categoryCode: '',
  title: '',
  content: '',
  demands: '',
  files: [],
  password: '',
  passwordConfirm: '',
  acknowledged: false,
});

/** A problem with one field: `field` is the id of the control (prefixed f- in the page). */
export interface Problem {
  field: string;
  message: string;
}

const filled = (a: AccusedDraft) => !!(a.name.trim() || a.unit.trim() || a.position.trim() || a.rank);
/** The discipline accusation is about someone: at least one person must be named. */
export const accusedRequired = (d: ReportDraft) => d.pipeline === 'discipline' && d.nature === 'accusation';

/** The checks of one step (1–4); `today` (China date, YYYY-MM-DD) bounds the birth date in an ID number. */
export function stepProblems(step: number, d: ReportDraft, today: string): Problem[] {
  const p: Problem[] = [];
  const need = (ok: boolean, field: string, message: string) => {
    if (!ok) p.push({ field, message });
  };
  if (step === 1) {
    need(!!d.pipeline, 'pipeline', '请选择反映类别');
    need(
      !!d.pipeline && NATURE_CHOICES[d.pipeline].some((n) => n.value === d.nature),
      'nature',
      '请选择问题性质',
    );
    need(d.anonymous !== null, 'anonymous', '请选择实名或匿名');
    if (d.anonymous === false) {
      need(d.petitioner.name.trim().length >= 2, 'petitioner-name', '请填写您的姓名');
      const phone = validatePhone(d.petitioner.phone);
      need(phone.ok, 'petitioner-phone', phone.ok ? '' : phone.message);
      const id = d.petitioner.idNumber.trim()
        ? validateIdNumber(d.petitioner.idNumber.trim(), { today })
        : null;
      need(!id || id.ok, 'petitioner-idNumber', id && !id.ok ? id.message : '');
    }
  }
  if (step === 2) {
    // The same rules as the office's register: a discipline accusation names a person with unit and rank,
    // which decide the level that accepts it; otherwise a person or a unit is enough.
    const strict = accusedRequired(d);
    d.accused.forEach((a, i) => {
      if (!(strict && i === 0) && !filled(a)) return;
      if (strict) {
        need(!!a.name.trim(), `accused-${i}-name`, '请填写被反映人姓名');
        need(!!a.unit.trim(), `accused-${i}-unit`, '请填写被反映人工作单位');
        need(!!a.rank, `accused-${i}-rank`, '请选择被反映人职级（它决定由哪一级受理）');
      } else need(!!a.name.trim() || !!a.unit.trim(), `accused-${i}-name`, '请填写被反映人姓名或单位名称');
    });
    const last = d.region.at(-1);
    need(!!last && ['county', 'town'].includes(last.level), 'region', '请选择问题发生地（至少到县、市、区）');
    need(!!d.categoryCode, 'category', '请选择问题类别');
  }
  if (step === 3) {
    const title = d.title.trim().length;
    need(title >= 4 && title <= 100, 'title', '标题应为 4 至 100 个字');
    const content = d.content.trim().length;
    need(content >= 10 && content <= 20000, 'content', '反映内容应为 10 至 20000 个字');
    need(d.demands.trim().length <= 2000, 'demands', '诉求不能超过 2000 个字');
    need(d.files.length <= MAX_FILES, 'files', `附件最多 ${MAX_FILES} 个`);
    const big = d.files.find((f) => f.size > MAX_FILE_BYTES);
    need(!big, 'files', `「${big?.name}」超过 20 MB，请压缩后再上传`);
    if (d.password) {
      const problem = passwordProblem(d.password);
      need(!problem, 'password', problem ?? '');
      need(d.password === d.passwordConfirm, 'passwordConfirm', '两次输入的查询密码不一致');
    }
  }
  if (step === 4) need(d.acknowledged, 'acknowledged', '请确认您已知晓如实反映的要求');
  return p;
}

/** The body of POST /portal/reports without its proof of work. */
export function reportBody(d: ReportDraft) {
  const t = (s: string) => s.trim() || undefined;
  const accused = d.accused.filter(filled).map((a) => ({
    kind: a.name.trim() ? ('person' as const) : ('unit' as const),
    name: t(a.name),
    unit: t(a.unit),
    position: t(a.position),
    rank: a.rank || undefined,
  }));
  return {
    pipeline: d.pipeline as Pipeline,
    nature: d.nature,
    anonymous: d.anonymous === true,
    ...(d.anonymous === false
      ? {
          petitioner: {
            name: t(d.petitioner.name),
            phones: [d.petitioner.phone.trim()],
            idNumber: t(d.petitioner.idNumber)?.toUpperCase(),
            address: t(d.petitioner.address),
            isPrimary: true,
          },
        }
      : {}),
    accused,
    matterRegionCode: d.region.at(-1)?.code ?? '',
    categoryCode: t(d.categoryCode),
    title: d.title.trim(),
    content: d.content.trim(),
    demands: t(d.demands),
    password: d.password || undefined,
  };
}

/** Where a problem the server reports (field path of the API) shows in the form, and on which step. */
export function fromServerField(path: string): { field: string; step: number } | null {
  const accused = /^accused\.(\d+)\.(name|unit|position|rank)/.exec(path);
  if (accused) return { field: `accused-${accused[1]}-${accused[2]}`, step: 2 };
  if (path === 'accused') return { field: 'accused-0-name', step: 2 };
  if (path === 'petitioners') return { field: 'petitioner-name', step: 1 };
  const petitioner = /^petitioners?\.(?:0\.)?(name|phones|idNumber|address)/.exec(path);
  if (petitioner)
    return { field: `petitioner-${petitioner[1] === 'phones' ? 'phone' : petitioner[1]}`, step: 1 };
  const simple: Record<string, { field: string; step: number }> = {
    pipeline: { field: 'pipeline', step: 1 },
    nature: { field: 'nature', step: 1 },
    anonymous: { field: 'anonymous', step: 1 },
    matterRegionCode: { field: 'region', step: 2 },
    categoryCode: { field: 'category', step: 2 },
    title: { field: 'title', step: 3 },
    content: { field: 'content', step: 3 },
    demands: { field: 'demands', step: 3 },
    password: { field: 'password', step: 3 },
  };
  return simple[path.split('.')[0]!] ?? null;
}
