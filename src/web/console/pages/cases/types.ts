// Response and request types of the case API, taken from the shared zod schemas (types only: zod stays out of the bundle).
import type { z } from 'zod';
import type {
  AccusedView as AccusedViewSchema,
  AttachmentView as AttachmentViewSchema,
  CaseDetail as CaseDetailSchema,
  CaseSummary as CaseSummarySchema,
  PetitionerView as PetitionerViewSchema,
  RegisterResult as RegisterResultSchema,
  RepeatCandidate as RepeatCandidateSchema,
} from '../../../../shared/schemas/cases.js';

export type { RegisterCaseBody } from '../../../../shared/schemas/cases.js';
export type CaseSummary = z.infer<typeof CaseSummarySchema>;
export type CaseDetail = z.infer<typeof CaseDetailSchema>;
export type PetitionerView = z.infer<typeof PetitionerViewSchema>;
export type AccusedView = z.infer<typeof AccusedViewSchema>;
export type AttachmentView = z.infer<typeof AttachmentViewSchema>;
export type RepeatCandidate = z.infer<typeof RepeatCandidateSchema>;
export type RegisterResult = z.infer<typeof RegisterResultSchema>;

/** A node of the category tree (GET /categories), as TreeSelect and Cascader take it. */
export interface CategoryOption {
  value: string;
  label: string;
  children?: CategoryOption[];
}
export interface CategoryTrees {
  government: CategoryOption[];
  discipline: CategoryOption[];
}
