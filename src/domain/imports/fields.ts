// The columns a historical ledger (台账) may have, each with the header names offices use for it.
// A field is one column of the file; several fields together make one RegistrationInput (row-to-input.ts).

export const IMPORT_FIELDS = [
  'receivedOn',
  'backdateReason',
  'channel',
  'source',
  'pipeline',
  'nature',
  'categoryCode',
  'matterRegionCode',
  'petitionerName',
  'petitionerSex',
  'petitionerIdNumber',
  'petitionerPhone',
  'petitionerAddress',
  'petitionerWorkUnit',
  'callerNumber',
  'headcount',
  'anonymous',
  'signed',
  'accusedKind',
  'accusedName',
  'accusedUnit',
  'accusedPosition',
  'accusedRank',
  'title',
  'summary',
  'content',
  'demands',
  'urgency',
  'secrecy',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export interface ImportFieldDef {
  label: string;
  /** Header names that mean this field, already normalized (normalizeHeader). The label is always one. */
  aliases: readonly string[];
}

export const IMPORT_FIELD_DEFS: Record<ImportField, ImportFieldDef> = {
  receivedOn: {
    label: '信访日期',
    aliases: ['来信日期', '来访日期', '来电日期', '收信日期', '收件日期', '收到日期', '举报日期', '反映日期', '信访时间', '来信时间', '来访时间', '日期'],
  },
  backdateReason: { label: '补录理由', aliases: ['补录原因'] },
  channel: { label: '信访形式', aliases: ['信访方式', '来信来访形式', '形式', '方式', '反映方式', '举报方式'] },
  source: { label: '信访来源', aliases: ['来源', '件来源'] },
  pipeline: { label: '业务类型', aliases: ['业务类别', '业务'] },
  nature: {
    label: '性质/类别',
    aliases: ['性质', '类别', '信访类别', '信访事项性质', '事项性质', '信访性质', '性质类别', '类别性质', '信访件类别'],
  },
  categoryCode: {
    label: '问题类别',
    aliases: ['问题分类', '内容分类', '问题类型', '问题性质', '反映问题类别', '问题类别代码', '问题细类', '类别代码'],
  },
  matterRegionCode: { label: '问题属地', aliases: ['属地', '问题发生地', '问题所在地', '问题属地代码', '发生地', '所属地区'] },
  petitionerName: {
    label: '信访人',
    aliases: ['信访人姓名', '姓名', '反映人', '反映人姓名', '举报人', '举报人姓名', '来访人', '来信人', '来电人'],
  },
  petitionerSex: { label: '性别', aliases: ['信访人性别', '反映人性别'] },
  petitionerIdNumber: {
    label: '身份证号',
    aliases: ['身份证号码', '身份证', '公民身份号码', '证件号码', '证件号', '信访人身份证号', '反映人身份证号'],
  },
  petitionerPhone: {
    label: '电话',
    aliases: ['联系电话', '电话号码', '手机', '手机号', '手机号码', '联系方式', '信访人电话', '反映人电话', '信访人联系电话'],
  },
  petitionerAddress: {
    label: '地址',
    aliases: ['住址', '家庭住址', '现住址', '联系地址', '通讯地址', '信访人地址', '信访人住址', '反映人地址'],
  },
  petitionerWorkUnit: { label: '信访人单位', aliases: ['信访人工作单位', '反映人单位', '反映人工作单位', '举报人单位'] },
  callerNumber: { label: '来电号码', aliases: ['来电电话', '主叫号码'] },
  headcount: { label: '人数', aliases: ['来访人数', '信访人数', '涉及人数'] },
  anonymous: { label: '是否匿名', aliases: ['匿名', '匿名件', '是否匿名件'] },
  /** The opposite of 是否匿名, as some systems keep it (署名标志). */
  signed: { label: '是否署名', aliases: ['署名', '署名标志', '是否实名', '实名'] },
  accusedKind: { label: '被反映人类型', aliases: ['被反映对象类型', '被举报人类型'] },
  accusedName: {
    label: '被反映人',
    aliases: ['被反映人姓名', '被举报人', '被举报人姓名', '被反映对象', '被控告人', '被反映人名称'],
  },
  accusedUnit: {
    label: '单位',
    aliases: ['工作单位', '被反映人单位', '被反映人工作单位', '被举报人单位', '被反映单位', '所在单位', '单位名称'],
  },
  accusedPosition: { label: '职务', aliases: ['被反映人职务', '被举报人职务', '现任职务'] },
  accusedRank: { label: '职级', aliases: ['级别', '被反映人职级', '被举报人职级', '被反映人级别', '干部级别', '职务级别'] },
  title: { label: '标题', aliases: ['信访标题', '事由', '主题'] },
  summary: { label: '内容摘要', aliases: ['摘要', '主要问题', '反映问题', '问题摘要', '简要内容', '主要内容', '内容概要', '概况'] },
  content: { label: '信访内容', aliases: ['内容', '原文', '来信内容', '举报内容', '反映内容', '信访原文'] },
  demands: { label: '诉求', aliases: ['主要诉求', '信访诉求', '诉求内容', '请求事项'] },
  urgency: { label: '紧急程度', aliases: ['缓急', '紧急'] },
  secrecy: { label: '密级', aliases: ['秘密等级'] },
};

