// The code lists of the registration form read from their Chinese labels, with the synonyms ledgers use
// (and the Sinosoft 行政级别 codes 0200 … 0600 for ranks).
import {
  ACCUSED_KIND_LABELS,
  CASE_SOURCE_LABELS,
  DISCIPLINE_CLASS_LABELS,
  GOVERNMENT_NATURE_LABELS,
  SECRECY_LABELS,
  URGENCY_LABELS,
  type AccusedKind,
  type CaseNature,
  type CaseSource,
  type Secrecy,
  type Urgency,
} from '../register/registration-codes.js';
import type { Sex } from '../register/id-number.js';
import { CHANNEL_LABELS, PIPELINE_LABELS, RANK_LABELS, type Channel, type Pipeline, type Rank } from '../vocabulary/index.js';
import { codeReader } from './values.js';

const withLabels = <C extends string>(labels: Record<C, string>, synonyms: Partial<Record<C, string[]>>) =>
  Object.fromEntries(Object.entries(labels).map(([code, label]) => [code, [label as string, ...(synonyms[code as C] ?? [])]])) as Record<
    C,
    string[]
  >;

export const readChannel = codeReader<Channel>(
  withLabels(CHANNEL_LABELS, {
    letter: ['信', '信件', '书信', '写信', '来信举报'],
    visit: ['访', '走访', '上访', '来访举报'],
    phone: ['来电', '电话举报', '电话信访', '12388电话', '12345热线'],
    online: ['网络', '网上信访', '网络举报', '网上举报', '网站', '信息网络', '手机信访', '12388网站'],
    sms: ['手机短信'],
    email: ['邮件', '电邮', 'e-mail'],
    transferIn: ['上级转交', '外单位转入', '转入'],
    leaderReferral: ['领导批办'],
  }),
);

export const readSource = codeReader<CaseSource>(
  withLabels(CASE_SOURCE_LABELS, {
    direct: ['自收', '本级受理', '直接受理', '本机关'],
    leaderAssigned: ['机关领导交办'],
    upperTransferred: ['上级转来', '上级转送'],
    upperAssigned: [],
    peerTransferred: ['部门转来', '其他部门转来', '外单位转办', '部门转办'],
    peerAssigned: ['部门交办', '外单位交办'],
  }),
);

export const readPipeline = codeReader<Pipeline>(
  withLabels(PIPELINE_LABELS, {
    government: ['党政', '信访', '政府信访', '党委政府信访'],
    discipline: ['纪检监察', '纪检', '纪检监察信访', '纪检监察信访举报', '检举控告业务'],
  }),
);

const readGovernmentNature: (raw: string) => CaseNature | null = codeReader(withLabels(GOVERNMENT_NATURE_LABELS, { claim: ['申诉求决'], suggestion: ['建议', '意见建议'] }));
const readDisciplineClass: (raw: string) => CaseNature | null = codeReader(
  withLabels(DISCIPLINE_CLASS_LABELS, { criticism: ['批评', '批评建议'], outOfScope: ['业务范围以外'], noSubstance: ['无实质性内容'] }),
);

/** A nature within a pipeline; without one, only a label that belongs to a single pipeline answers. */
export function readNature(raw: string, pipeline: Pipeline | undefined): CaseNature | null {
  if (pipeline === 'government') return readGovernmentNature(raw);
  if (pipeline === 'discipline') return readDisciplineClass(raw);
  const g = readGovernmentNature(raw);
  const d = readDisciplineClass(raw);
  return g && d && g !== d ? null : (g ?? d);
}

/** The pipeline a nature label implies on its own (申诉求决 → government, 批评建议 → discipline; 检举控告 → none). */
export function pipelineOfNature(raw: string): Pipeline | null {
  const g = readGovernmentNature(raw);
  const d = readDisciplineClass(raw);
  if (g && !d) return 'government';
  if (d && !g) return 'discipline';
  return null;
}

export const readRank = codeReader<Rank>(
  withLabels(RANK_LABELS, {
    provincial: ['省级', '部级', '正部', '副部', '正部级', '副部级', '省部', '0200', '0202'],
    bureau: ['厅级', '局级', '地厅级', '厅局', '正厅', '副厅', '正厅级', '副厅级', '司局级', '0300', '0302'],
    division: ['处级', '县级', '县处', '正处', '副处', '正处级', '副处级', '县处级干部', '0400', '0402'],
    section: ['科级', '乡科', '正科', '副科', '正科级', '副科级', '乡科级干部', '股级', '0500', '0502'],
    general: ['一般', '科员', '办事员', '一般工作人员', '0600'],
    villageCadre: ['村干部', '社区干部', '村（社区）干部', '村社区干部', '农村干部', '村组干部', '农村基层干部'],
    none: ['非公职人员', '不涉及', '群众', '无', '其他'],
  }),
);

export const readSex = codeReader<Sex>({ male: ['男', '男性'], female: ['女', '女性'] });
export const readUrgency = codeReader<Urgency>(withLabels(URGENCY_LABELS, { normal: ['普通', '平件'], urgent: ['急', '急件'], critical: ['特急件'] }));
export const readSecrecy = codeReader<Secrecy>(withLabels(SECRECY_LABELS, { none: ['无', '公开', '非涉密', '不涉密'] }));
export const readAccusedKind = codeReader<AccusedKind>(withLabels(ACCUSED_KIND_LABELS, { person: ['人', '自然人'], unit: ['单位', '组织', '集体'] }));
