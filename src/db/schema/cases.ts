import { timeOrderedId } from './time-ordered-id.js';
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Channel, Pipeline, Rank } from '../../domain/vocabulary/index.js';
import { tsvector } from './types.js';
import { appUser } from './accounts.js';
import { unit } from './units.js';

/**
 * 信访件. A case belongs to exactly one unit at a time (`unit_id`, with its `unit_path` copied for the data-scope
 * policy and for fast subtree filters). Assigning or transferring creates a linked case in the receiving unit.
 * Petitioners' identities live in `petitioner`, encrypted.
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom().$defaultFn(() => timeOrderedId()),
    caseNo: text('case_no').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    unitPath: text('unit_path').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull(),
    registeredBy: uuid('registered_by').references(() => appUser.id),
    /** console, api (inbound integrations), import, portal. */
    registeredVia: text('registered_via').notNull(),
    backdateReason: text('backdate_reason'),
    channel: text('channel').$type<Channel>().notNull(),
    source: text('source').notNull(),
    pipeline: text('pipeline').$type<Pipeline>().notNull(),
    nature: text('nature').notNull(),
    categoryCode: text('category_code'),
    matterRegionCode: text('matter_region_code'),
    title: text('title').notNull(),
    summary: text('summary'),
    content: text('content'),
    demands: text('demands'),
    urgency: text('urgency').notNull().default('normal'),
    secrecy: text('secrecy').notNull().default('none'),
    anonymous: boolean('anonymous').notNull(),
    realName: boolean('real_name').notNull(),
    headcount: integer('headcount').notNull().default(1),
    groupVisit: boolean('group_visit').notNull().default(false),
    skipLevel: boolean('skip_level').notNull().default(false),
    callerNumberEnc: text('caller_number_enc'),
    callerNumberMasked: text('caller_number_masked'),
    /** unchecked → the registrar has not looked at repeat candidates yet; new; repeat. */
    repeatStatus: text('repeat_status').notNull().default('unchecked'),
    repeatOf: uuid('repeat_of'),
    /** How many earlier cases this one repeats (its place in the chain). */
    repeatCount: integer('repeat_count').notNull().default(0),
    /** MinHash LSH band keys of the content, for repeat candidates by similar text (GIN-indexed). */
    contentBands: integer('content_bands').array().notNull().default(sql`'{}'::int[]`),
    /** Deduplicates imports and inbound API calls: the same key never registers twice. */
    externalKey: text('external_key'),
    state: text('state').notNull().default('registered'),
    /** The state before 中止 or before a conclusion report, for resume and send-back (workflow priorState). */
    priorState: text('prior_state'),
    extensionUsed: boolean('extension_used').notNull().default(false),
    extensionPending: boolean('extension_pending').notNull().default(false),
    /** The case this one was created from by 交办, 转办 or 上报, and how. */
    sourceCaseId: uuid('source_case_id'),
    sourceRelation: text('source_relation'),
    /** Sent up: this unit keeps only that it was sent, when and to whom (content cleared). */
    restricted: boolean('restricted').notNull().default(false),
    /** Under 督办. */
    supervised: boolean('supervised').notNull().default(false),
    finding: text('finding'),
    evaluation: text('evaluation'),
    reReviewedBefore: boolean('re_reviewed_before').notNull().default(false),
    /** Character bigrams of title, summary and content, for Chinese full-text search (GIN). */
    searchVector: tsvector('search_vector'),
    /**
     * The nearest due date and warning day of the running, unpaused clocks (null: none runs), kept by a trigger on
     * case_deadline: lists filter and sort by the light without reading every case's clocks.
     */
    /**
     * The unit conducting 复查 / 复核 (one level up, then the next), once the petitioner asked: from then on it acts on
     * the case, while the case stays in the register, lists and figures of the unit that handled it.
     */
    reviewUnitId: uuid('review_unit_id').references(() => unit.id),
    reviewUnitPath: text('review_unit_path'),
    nextDueOn: date('next_due_on', { mode: 'string' }),
    nextWarnOn: date('next_warn_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cases_case_no_uq').on(t.caseNo),
    uniqueIndex('cases_external_key_uq').on(t.externalKey),
    index('cases_unit_path_idx').using('btree', sql`${t.unitPath} text_pattern_ops`, t.receivedOn),
    index('cases_received_idx').on(t.receivedOn),
    index('cases_repeat_of_idx').on(t.repeatOf),
    index('cases_state_idx').on(t.unitId, t.state),
    index('cases_source_idx').on(t.sourceCaseId),
    // Full-text search: the bigrams with the case's units (itself and every unit above) and month as extra
    // lexemes (xf_case_search_doc, migration 0042), so that one index lookup finds the matches of a subtree in a
    // period without reading the matches outside it (the repository's search windows).
    index('cases_search_doc_gin').using('gin', sql`xf_case_search_doc(${t.searchVector}, ${t.unitPath}, ${t.receivedOn})`),
    index('cases_review_unit_idx').on(t.reviewUnitId, t.state).where(sql`${t.reviewUnitId} is not null`),
    index('cases_unit_path_due_idx').using('btree', sql`${t.unitPath} text_pattern_ops`, t.nextDueOn).where(sql`${t.nextDueOn} is not null`),
    // Sorting a list by due date (cases without a running clock last): see nearestDueOrder in the repository.
    index('cases_due_order_idx').using('btree', sql`coalesce(${t.nextDueOn}, 'infinity'::date)`, t.caseNo),
    // The same order within one unit: a list of a unit without units below it walks it (caseConditions' onePath).
    // By unit id, not path: the path (~190 bytes) made it 266 MB at a million cases, the id 16 bytes.
    index('cases_unit_due_order_idx').on(t.unitId, sql`coalesce(${t.nextDueOn}, 'infinity'::date)`, t.caseNo),
    index('cases_unit_path_warn_idx').using('btree', sql`${t.unitPath} text_pattern_ops`, t.nextWarnOn).where(sql`${t.nextWarnOn} is not null`),
    check('cases_channel_ck', sql`${t.channel} in ('letter','visit','phone','online','sms','fax','email','transferIn','leaderReferral')`),
    check('cases_pipeline_ck', sql`${t.pipeline} in ('government','discipline')`),
    check('cases_repeat_status_ck', sql`${t.repeatStatus} in ('unchecked','new','repeat')`),
    check('cases_headcount_ck', sql`${t.headcount} >= 1`),
    check('cases_region_ck', sql`${t.matterRegionCode} is null or ${t.matterRegionCode} ~ '^[0-9]{6}([0-9]{3}([0-9]{3})?)?$'`),
    check('cases_via_ck', sql`${t.registeredVia} in ('console','api','import','portal')`),
  ],
);

/** 信访人: name, ID number, phones and address encrypted; masked copies for lists; keyed hashes for matching. */
export const petitioner = pgTable(
  'petitioner',
  {
    id: uuid('id').primaryKey().defaultRandom().$defaultFn(() => timeOrderedId()),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    ord: integer('ord').notNull(),
    isPrimary: boolean('is_primary').notNull().default(false),
    isRepresentative: boolean('is_representative').notNull().default(false),
    nameEnc: text('name_enc'),
    nameMasked: text('name_masked'),
    sex: text('sex'),
    idNumberEnc: text('id_number_enc'),
    idNumberMasked: text('id_number_masked'),
    phonesEnc: text('phones_enc'),
    phonesMasked: text('phones_masked'),
    addressEnc: text('address_enc'),
    addressMasked: text('address_masked'),
    regionCode: text('region_code'),
    workUnit: text('work_unit'),
    occupation: text('occupation'),
    idHash: text('id_hash'),
    phoneHashes: text('phone_hashes').array().notNull().default(sql`'{}'::text[]`),
    nameAddressHash: text('name_address_hash'),
  },
  // The hashes are matched through repeat_key (migration 0036), never by these columns: no index on them (0051).
  (t) => [index('petitioner_case_idx').on(t.caseId)],
);

/** 被反映人: the person (or unit) reported; `match_key` is the normalized name + unit for repeat matching. */
export const accused = pgTable(
  'accused',
  {
    id: uuid('id').primaryKey().defaultRandom().$defaultFn(() => timeOrderedId()),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    ord: integer('ord').notNull(),
    kind: text('kind').notNull().default('person'),
    name: text('name'),
    unitName: text('unit_name'),
    position: text('position'),
    rank: text('rank').$type<Rank>(),
    isUnitChief: boolean('is_unit_chief').notNull().default(false),
    regionCode: text('region_code'),
    matchKey: text('match_key'),
  },
  (t) => [index('accused_case_idx').on(t.caseId)],
);

/** Scanned letters, call recordings and other files: stored outside any public folder, served only in scope. */
export const attachment = pgTable(
  'attachment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
    uploadedBy: text('uploaded_by').notNull(),
  },
  (t) => [index('attachment_case_idx').on(t.caseId), check('attachment_kind_ck', sql`${t.kind} in ('scan','audio','document','image','other')`)],
);

/** Links between cases: repeats, assignment, transfer, escalation, review. Undoing a link keeps the row. */
export const caseLink = pgTable(
  'case_link',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fromCaseId: uuid('from_case_id')
      .notNull()
      .references(() => cases.id),
    toCaseId: uuid('to_case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind').notNull(),
    reason: text('reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
    undoneAt: timestamp('undone_at', { withTimezone: true }),
    undoneBy: text('undone_by'),
  },
  (t) => [
    index('case_link_from_idx').on(t.fromCaseId),
    index('case_link_to_idx').on(t.toCaseId),
    check('case_link_kind_ck', sql`${t.kind} in ('repeatOf','assignedTo','transferredTo','escalatedTo','reviewOf')`),
    check('case_link_not_self_ck', sql`${t.fromCaseId} <> ${t.toCaseId}`),
  ],
);

/** The trail of a case (办理轨迹): every step with actor, unit, time and opinion. Append-only. */
export const caseEvent = pgTable(
  'case_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorName: text('actor_name').notNull(),
    actorUserId: uuid('actor_user_id'),
    unitId: uuid('unit_id'),
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state'),
    opinion: text('opinion'),
    detail: jsonb('detail'),
  },
  (t) => [
    index('case_event_case_idx').on(t.caseId, t.id),
    // Statistics: cases answered (参评率, 满意率) or concluded in a period.
    index('case_event_outcome_idx').on(t.toState, t.at).where(sql`${t.toState} in ('replied', 'approved')`),
  ],
);

/** Gap-free case numbers: one counter per unit and year, advanced in the registering transaction. */
export const caseCounter = pgTable(
  'case_counter',
  {
    unitId: uuid('unit_id')
      .notNull()
      .references(() => unit.id),
    year: integer('year').notNull(),
    lastSeq: integer('last_seq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.year] })],
);

/** 问题类别: a two-level tree per pipeline (data, editable). `department` names the 归口 department kind. */
export const category = pgTable(
  'category',
  {
    pipeline: text('pipeline').$type<Pipeline>().notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    parentCode: text('parent_code'),
    department: text('department'),
    sortOrder: integer('sort_order').notNull().default(0),
    active: boolean('active').notNull().default(true),
  },
  (t) => [primaryKey({ columns: [t.pipeline, t.code] })],
);
