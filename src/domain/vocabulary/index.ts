// The shared vocabulary of the domain (docs/GLOSSARY.md): one identifier per idea, with its Chinese label.
// Every module, table and screen uses these names; labels are what users see.

export const ROLES = [
  'registrar',
  'handler',
  'unitHead',
  'leader',
  'supervisor',
  'liaison',
  'analyst',
  'admin',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = {
  registrar: '登记员',
  handler: '承办人',
  unitHead: '部门负责人',
  leader: '领导',
  supervisor: '督办员',
  liaison: '信访联络员',
  analyst: '统计员',
  admin: '系统管理员',
  auditor: '安全审计员',
};

export const UNIT_LEVELS = ['central', 'province', 'city', 'county', 'town', 'village'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];
export const UNIT_LEVEL_LABELS: Record<UnitLevel, string> = {
  central: '中央',
  province: '省级',
  city: '市级',
  county: '县级',
  town: '乡镇/街道',
  village: '村/社区/企业',
};
/** Depth of a level: central 0 … village 5. A child unit is always deeper than its parent. */
export const levelDepth = (level: UnitLevel): number => UNIT_LEVELS.indexOf(level);

export const UNIT_KINDS = [
  'discipline',
  'petitionBureau',
  'department',
  'townOffice',
  'villageCommittee',
  'enterprise',
  'stationedAgency',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  discipline: '纪检监察机关',
  petitionBureau: '信访部门',
  department: '职能部门',
  townOffice: '乡镇街道',
  villageCommittee: '村居',
  enterprise: '企业',
  stationedAgency: '派驻机构',
};

/** The two pipelines of one register (domain.md "Two pipelines"). */
export const PIPELINES = ['government', 'discipline'] as const;
export type Pipeline = (typeof PIPELINES)[number];
export const PIPELINE_LABELS: Record<Pipeline, string> = { government: '党政信访', discipline: '纪检监察检举控告' };

/** 信访形式. */
export const CHANNELS = [
  'letter',
  'visit',
  'phone',
  'online',
  'sms',
  'fax',
  'email',
  'transferIn',
  'leaderReferral',
] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = {
  letter: '来信',
  visit: '来访',
  phone: '电话',
  online: '网上',
  sms: '短信',
  fax: '传真',
  email: '电子邮件',
  transferIn: '上级转交/外单位转入',
  leaderReferral: '领导交办',
};

/** 干部管理权限: the accused's rank decides the handling level (domain.md "Routing"). */
export const RANKS = ['provincial', 'bureau', 'division', 'section', 'general', 'villageCadre', 'none'] as const;
export type Rank = (typeof RANKS)[number];
export const RANK_LABELS: Record<Rank, string> = {
  provincial: '省部级',
  bureau: '厅局级',
  division: '县处级',
  section: '乡科级',
  general: '一般干部',
  villageCadre: '村（社区）干部',
  none: '非公职人员/不涉及',
};

/** 评价. */
export const EVALUATIONS = ['satisfied', 'basicallySatisfied', 'dissatisfied'] as const;
export type Evaluation = (typeof EVALUATIONS)[number];
export const EVALUATION_LABELS: Record<Evaluation, string> = {
  satisfied: '满意',
  basicallySatisfied: '基本满意',
  dissatisfied: '不满意',
};

/** 属实程度. */
export const FINDINGS = ['true', 'basicallyTrue', 'partlyTrue', 'untrue', 'undetermined'] as const;
export type Finding = (typeof FINDINGS)[number];
export const FINDING_LABELS: Record<Finding, string> = {
  true: '属实',
  basicallyTrue: '基本属实',
  partlyTrue: '部分属实',
  untrue: '不实',
  undetermined: '未认定',
};
