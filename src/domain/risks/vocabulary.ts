// 隐患排查 (risk screening): the words of 《基层单位信访隐患排查调处情况明细表》.

/** 隐患等级. */
export const RISK_LEVELS = ['ordinary', 'major', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = { ordinary: '一般', major: '较大', critical: '重大' };

/** 调处状态: screening → mediating → resolved, or converted into a registered case. */
export const RISK_STATUSES = ['screening', 'mediating', 'resolved', 'convertedToCase'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];
export const RISK_STATUS_LABELS: Record<RiskStatus, string> = {
  screening: '排查中',
  mediating: '调处中',
  resolved: '已化解',
  convertedToCase: '已转为信访件',
};
export const OPEN_RISK_STATUSES: readonly RiskStatus[] = ['screening', 'mediating'];
export const isOpenRisk = (s: RiskStatus) => OPEN_RISK_STATUSES.includes(s);

/** 隐患类别: the usual headings of grassroots screening (the second article of the source document). */
export const RISK_CATEGORIES = ['landAndHousing', 'wagesAndPensions', 'villageAffairs', 'enterpriseRestructuring', 'neighbourDisputes', 'environment', 'lawAndOrder', 'other'] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];
export const RISK_CATEGORY_LABELS: Record<RiskCategory, string> = {
  landAndHousing: '土地征收与宅基地',
  wagesAndPensions: '工资与退休待遇',
  villageAffairs: '村务财务',
  enterpriseRestructuring: '企业改制与职工安置',
  neighbourDisputes: '邻里与家庭纠纷',
  environment: '环境污染',
  lawAndOrder: '治安与涉法涉诉',
  other: '其他',
};

/** 上报周期. */
export const REPORT_FREQUENCIES = ['weekly', 'halfMonthly', 'monthly'] as const;
export type ReportFrequency = (typeof REPORT_FREQUENCIES)[number];
export const REPORT_FREQUENCY_LABELS: Record<ReportFrequency, string> = { weekly: '每周', halfMonthly: '每半月', monthly: '每月' };

/** Where each reporting state shows in the grid. */
export const REPORT_STATES = ['onTime', 'late', 'missing', 'pending', 'notRequired'] as const;
export type ReportState = (typeof REPORT_STATES)[number];
export const REPORT_STATE_LABELS: Record<ReportState, string> = { onTime: '按时上报', late: '逾期上报', missing: '未上报', pending: '待上报', notRequired: '无需上报' };
