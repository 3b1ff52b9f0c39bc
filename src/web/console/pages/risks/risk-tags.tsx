import { Tag } from 'antd';
import { REPORT_STATE_LABELS, RISK_LEVEL_LABELS, RISK_STATUS_LABELS, type ReportState, type RiskLevel, type RiskStatus } from '../../../../domain/risks/index.js';

const LEVEL_COLORS: Record<RiskLevel, string> = { ordinary: 'blue', major: 'orange', critical: 'red' };
const STATUS_COLORS: Record<RiskStatus, string> = { screening: 'gold', mediating: 'processing', resolved: 'green', convertedToCase: 'purple' };
export const STATE_COLORS: Record<ReportState, string> = { onTime: 'green', late: 'orange', missing: 'red', pending: 'default', notRequired: 'default' };

export const LevelTag = ({ level }: { level: RiskLevel }) => <Tag color={LEVEL_COLORS[level]}>{RISK_LEVEL_LABELS[level]}</Tag>;
export const StatusTag = ({ status }: { status: RiskStatus }) => <Tag color={STATUS_COLORS[status]}>{RISK_STATUS_LABELS[status]}</Tag>;
export const StateTag = ({ state }: { state: ReportState }) => <Tag color={STATE_COLORS[state]}>{REPORT_STATE_LABELS[state]}</Tag>;
