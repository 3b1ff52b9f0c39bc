import type { z } from 'zod';
import type { RiskDetailView, RiskFormView, RiskGridView, RiskLineBody, RiskReportView, RiskView } from '../../../../shared/schemas/risks.js';

export type Risk = z.infer<typeof RiskView>;
export type RiskForm = z.infer<typeof RiskFormView>;
export type RiskGrid = z.infer<typeof RiskGridView>;
export type RiskReport = z.infer<typeof RiskReportView>;
export type RiskDetail = z.infer<typeof RiskDetailView>;
export type RiskLine = z.infer<typeof RiskLineBody>;
