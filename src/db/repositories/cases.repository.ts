import { and, asc, desc, eq, gte, inArray, like, lte, sql, type SQL } from 'drizzle-orm';
import type { PgInsertValue } from 'drizzle-orm/pg-core';
import type { Db } from '../client.js';
import { accused, appUser, attachment, caseCounter, caseEvent, caseLink, cases, petitioner, unit } from '../schema/index.js';

export type CaseRow = typeof cases.$inferSelect;
export type NewCaseRow = typeof cases.$inferInsert;
export type PetitionerRow = typeof petitioner.$inferSelect;
export type AccusedRow = typeof accused.$inferSelect;

export interface CandidateKeys {
  from: string;
  idHashes: string[];
  phoneHashes: string[];
  nameAddressHashes: string[];
  accusedKeys: string[];
  bands: number[];
  excludeId?: string | undefined;
}

export interface CaseFilter {
  unitPath: string;
  q?: string | undefined;
  channel?: string | undefined;
  pipeline?: string | undefined;
  repeatStatus?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export const casesRepository = {
  /** The next number of a unit's year; the row lock keeps numbers gap-free and unique under concurrency. */
  nextSeq: async (tx: Db, unitId: string, year: number) =>
    (
      await tx
        .insert(caseCounter)
        .values({ unitId, year, lastSeq: 1 })
        .onConflictDoUpdate({ target: [caseCounter.unitId, caseCounter.year], set: { lastSeq: sql`${caseCounter.lastSeq} + 1` } })
        .returning({ seq: caseCounter.lastSeq })
    )[0]!.seq,
  /** Values may be SQL expressions (the search vector is computed by the database). */
  insert: async (tx: Db, row: PgInsertValue<typeof cases>) => (await tx.insert(cases).values(row).returning())[0]!,
  insertPetitioners: (tx: Db, rows: (typeof petitioner.$inferInsert)[]) => (rows.length ? tx.insert(petitioner).values(rows) : null),
  insertAccused: (tx: Db, rows: (typeof accused.$inferInsert)[]) => (rows.length ? tx.insert(accused).values(rows) : null),
  appendEvent: (tx: Db, row: typeof caseEvent.$inferInsert) => tx.insert(caseEvent).values(row),
  byId: async (tx: Db, id: string) => (await tx.select().from(cases).where(eq(cases.id, id)))[0],
  byCaseNo: async (tx: Db, caseNo: string) => (await tx.select().from(cases).where(eq(cases.caseNo, caseNo)))[0],
  byExternalKey: async (tx: Db, key: string) => (await tx.select().from(cases).where(eq(cases.externalKey, key)))[0],
  petitioners: (tx: Db, caseId: string) => tx.select().from(petitioner).where(eq(petitioner.caseId, caseId)).orderBy(asc(petitioner.ord)),
  accused: (tx: Db, caseId: string) => tx.select().from(accused).where(eq(accused.caseId, caseId)).orderBy(asc(accused.ord)),
  attachments: (tx: Db, caseId: string) => tx.select().from(attachment).where(eq(attachment.caseId, caseId)).orderBy(asc(attachment.uploadedAt)),
  unitName: async (tx: Db, unitId: string) => (await tx.select({ name: unit.name }).from(unit).where(eq(unit.id, unitId)))[0]?.name ?? '',
  userName: async (tx: Db, userId: string | null) =>
    userId ? ((await tx.select({ name: appUser.displayName }).from(appUser).where(eq(appUser.id, userId)))[0]?.name ?? null) : null,
  update: async (tx: Db, id: string, changes: Partial<NewCaseRow>) =>
    (await tx.update(cases).set({ ...changes, updatedAt: new Date() }).where(eq(cases.id, id)).returning())[0],
  insertLink: (tx: Db, row: typeof caseLink.$inferInsert) => tx.insert(caseLink).values(row),
  undoLinks: (tx: Db, fromCaseId: string, kind: string, by: string, at: Date) =>
    tx
      .update(caseLink)
      .set({ undoneAt: at, undoneBy: by })
      .where(and(eq(caseLink.fromCaseId, fromCaseId), eq(caseLink.kind, kind), sql`${caseLink.undoneAt} is null`)),

  /**
   * Ids of earlier cases that share anything with a new one: a petitioner hash, an accused key or a content band,
   * received since `from`. Each branch uses its own index; scoring happens in the domain.
   */
  candidateIds: async (tx: Db, k: CandidateKeys, limit: number): Promise<string[]> => {
    const branches: SQL[] = [];
    const recent = sql`c.received_on >= ${k.from}`;
    // Array literals built here (both drivers take them as one text parameter); values are quoted and escaped.
    const textArr = (v: string[]) => sql`${`{${v.map((x) => `"${x.replace(/["\\]/g, (m) => `\\${m}`)}"`).join(',')}}`}::text[]`;
    if (k.idHashes.length)
      branches.push(sql`select p.case_id as id from petitioner p join cases c on c.id = p.case_id where p.id_hash = any(${textArr(k.idHashes)}) and ${recent}`);
    if (k.phoneHashes.length)
      branches.push(sql`select p.case_id as id from petitioner p join cases c on c.id = p.case_id where p.phone_hashes && ${textArr(k.phoneHashes)} and ${recent}`);
    if (k.nameAddressHashes.length)
      branches.push(sql`select p.case_id as id from petitioner p join cases c on c.id = p.case_id where p.name_address_hash = any(${textArr(k.nameAddressHashes)}) and ${recent}`);
    if (k.accusedKeys.length)
      branches.push(sql`select a.case_id as id from accused a join cases c on c.id = a.case_id where a.match_key = any(${textArr(k.accusedKeys)}) and ${recent}`);
    if (k.bands.length)
      branches.push(sql`select c.id from cases c where c.content_bands && ${`{${k.bands.join(',')}}`}::int[] and ${recent}`);
    if (!branches.length) return [];
    const union = sql.join(branches, sql` union `);
    const rows = await tx.execute(
      sql`select u.id from (${union}) u join cases c on c.id = u.id where ${k.excludeId ? sql`u.id <> ${k.excludeId}` : sql`true`} order by c.received_on desc limit ${limit}`,
    );
    return (rows as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
  },

  /** What scoring needs of each candidate: dates, text, petitioner hashes, accused keys. */
  forScoring: async (tx: Db, ids: string[]) => {
    if (!ids.length) return { rows: [], petitioners: [], accused: [] };
    const [rows, ps, as] = await Promise.all([
      tx
        .select({ id: cases.id, caseNo: cases.caseNo, title: cases.title, summary: cases.summary, content: cases.content, receivedOn: cases.receivedOn, unitId: cases.unitId, unitName: unit.name })
        .from(cases)
        .innerJoin(unit, eq(unit.id, cases.unitId))
        .where(inArray(cases.id, ids)),
      tx
        .select({ caseId: petitioner.caseId, idHash: petitioner.idHash, phoneHashes: petitioner.phoneHashes, nameAddressHash: petitioner.nameAddressHash })
        .from(petitioner)
        .where(inArray(petitioner.caseId, ids)),
      tx.select({ caseId: accused.caseId, matchKey: accused.matchKey }).from(accused).where(inArray(accused.caseId, ids)),
    ]);
    return { rows, petitioners: ps, accused: as };
  },

  list: async (tx: Db, f: CaseFilter, limit: number, offset: number) => {
    const conds: SQL[] = [like(cases.unitPath, `${f.unitPath}%`)];
    if (f.channel) conds.push(eq(cases.channel, f.channel as never));
    if (f.pipeline) conds.push(eq(cases.pipeline, f.pipeline as never));
    if (f.repeatStatus) conds.push(eq(cases.repeatStatus, f.repeatStatus));
    if (f.from) conds.push(gte(cases.receivedOn, f.from));
    if (f.to) conds.push(lte(cases.receivedOn, f.to));
    if (f.q) conds.push(sql`(${cases.title} like ${'%' + f.q + '%'} or ${cases.caseNo} = ${f.q})`);
    const where = and(...conds);
    const [rows, total] = await Promise.all([
      tx
        .select({ c: cases, unitName: unit.name, names: sql<string | null>`(select string_agg(p.name_masked, '、' order by p.ord) from petitioner p where p.case_id = ${cases.id})` })
        .from(cases)
        .innerJoin(unit, eq(unit.id, cases.unitId))
        .where(where)
        .orderBy(desc(cases.receivedOn), desc(cases.caseNo))
        .limit(limit)
        .offset(offset),
      tx.select({ n: sql<number>`count(*)::int` }).from(cases).where(where).then((r) => r[0]!.n),
    ]);
    return { rows, total };
  },
};
