import { z } from 'zod';
import { IMPORT_FIELDS } from '../../domain/imports/fields.js';
import { CASE_SOURCES, DISCIPLINE_CLASSES, GOVERNMENT_NATURES } from '../../domain/register/registration-codes.js';
import { CHANNELS, PIPELINES } from '../../domain/vocabulary/index.js';
import { CaseListQuery } from './cases.js';
import { Id, IsoDateTime } from './common.js';

const NATURES = [...new Set([...GOVERNMENT_NATURES, ...DISCIPLINE_CLASSES])] as [string, ...string[]];
const Column = z.number().int().min(0).max(999);

/** Which column holds each field (0-based), and values for fields the file lacks. */
export const ImportMappingBody = z.strictObject({
  columns: z.partialRecord(z.enum(IMPORT_FIELDS), Column).describe('列对应关系'),
  defaults: z
    .strictObject({
      pipeline: z.enum(PIPELINES).optional().describe('业务类型'),
      channel: z.enum(CHANNELS).optional().describe('信访形式'),
      source: z.enum(CASE_SOURCES).optional().describe('信访来源'),
      nature: z.enum(NATURES).optional().describe('性质/类别'),
      backdateReason: z.string().trim().max(200).optional().describe('补录理由'),
    })
    .default({})
    .describe('默认值'),
});
export type ImportMappingBody = z.infer<typeof ImportMappingBody>;

const Counts = z.object({ total: z.number(), valid: z.number(), invalid: z.number(), duplicates: z.number(), created: z.number(), failed: z.number() });
const Progress = z.object({ done: z.number(), total: z.number() });
const Status = z.enum(['validated', 'running', 'finished', 'failed']);

export const ImportReportEntry = z.object({
  row: z.number().describe('行号（与表格中的行号一致）'),
  field: z.string().describe('列名'),
  path: z.string(),
  message: z.string(),
});

export const ImportJobView = z.object({
  id: Id,
  unitId: Id,
  fileName: z.string(),
  fileKind: z.string(),
  encoding: z.string().nullable(),
  sheetName: z.string().nullable(),
  headerRow: z.number(),
  status: Status,
  message: z.string().nullable(),
  createdByName: z.string(),
  createdAt: IsoDateTime,
  startedAt: IsoDateTime.nullable(),
  finishedAt: IsoDateTime.nullable(),
  columns: z.array(z.object({ index: z.number(), header: z.string(), field: z.string().nullable(), fieldLabel: z.string().nullable() })),
  mapping: ImportMappingBody,
  fields: z.array(z.object({ field: z.string(), label: z.string(), column: z.number().nullable() })),
  counts: Counts,
  progress: Progress,
  report: z.array(ImportReportEntry),
  problemRows: z.number(),
  duplicateRowNumbers: z.array(z.number()),
  page: z.object({ offset: z.number(), limit: z.number() }),
});

export const ImportSummary = z.object({
  id: Id,
  fileName: z.string(),
  status: Status,
  createdByName: z.string(),
  createdAt: IsoDateTime,
  counts: Counts,
  progress: Progress,
});

export const ImportReportQuery = z.strictObject({
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).describe('报告起始行'),
  limit: z.coerce.number().int().min(1).max(1000).default(200).describe('报告行数'),
});

/** The case list's filters, without paging: an export holds the whole list. */
export const CaseExportQuery = CaseListQuery.omit({ limit: true, offset: true });
