import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import { beyondScope, casesRepository, unitsRepository, type Database } from '../../db/index.js';
import { portalRecent, unit } from '../../db/schema/index.js';
import { toChinaDate } from '../../domain/deadlines/index.js';
import { invalid } from '../../domain/errors.js';
import type { Actor } from '../../domain/policies/index.js';
import { passwordProblem } from '../../domain/portal/index.js';
import type { AccusedInput, CaseNature, PetitionerInput } from '../../domain/register/index.js';
import { normalizeText } from '../../domain/repeats/index.js';
import type { Pipeline } from '../../domain/vocabulary/index.js';
import type { ServiceContext } from '../context.js';
import { decrypt, encrypt, keyedHash } from '../crypto/field-crypto.js';
import { suggestForMatter } from '../handling/routing.js';
import { registerCase } from '../register/register-case.js';
import { keyring } from '../runtime.js';
import { createAccess } from './access.js';

export interface PortalReport {
  pipeline: Pipeline;
  nature: CaseNature;
  anonymous: boolean;
  petitioner?: PetitionerInput | undefined;
  accused: AccusedInput[];
  matterRegionCode: string;
  categoryCode: string;
  title: string;
  content: string;
  demands?: string | undefined;
  password?: string | undefined;
}

const RECENT_MINUTES = 15;

/** The reporter acting on the portal: no account, limited to their own case in the unit that holds it. */
export const reporterContext = (database: Database, u: { id: string; path: string }, now: () => Date, ip?: string): ServiceContext => ({
  database,
  actor: { kind: 'public', id: '', name: '信访人（网上）', unitId: u.id, unitPath: u.path, roles: [] } satisfies Actor,
  ip,
  now,
});

/**
 * 网上信访/举报: registered in the unit routing selects (channel online) with the same validation and repeat
 * detection as every case; the reporter gets a query code and password, shown once. The same report sent again
 * within minutes gets the same code back instead of a second case.
 */
export async function submitReport(database: Database, r: PortalReport, now: Date, ip?: string) {
  if (r.password) {
    const problem = passwordProblem(r.password);
    if (problem) throw invalid(problem, [{ field: 'password', message: problem }]);
  }
  const contentKey = keyedHash(keyring(), `portal-content|${r.pipeline}|${normalizeText(`${r.title}${r.content}`)}|${ip ?? ''}`);
  const [recent] = await database.db.select().from(portalRecent).where(and(eq(portalRecent.contentKey, contentKey), gt(portalRecent.expiresAt, now)));
  if (recent) return { queryCode: decrypt(keyring(), recent.codeEnc), queryPassword: decrypt(keyring(), recent.passwordEnc), duplicate: true };

  const target = await database.transaction(async (tx) => {
    const { suggestion } = await suggestForMatter(tx, {
      pipeline: r.pipeline,
      nature: r.nature,
      matterRegionCode: r.matterRegionCode,
      categoryCode: r.categoryCode ?? null,
      accused: r.accused.map((a) => ({ rank: a.rank ?? null, isUnitChief: a.isUnitChief ?? false })),
    });
    const chosen = suggestion.unitId ? await unitsRepository.byId(tx, suggestion.unitId) : undefined;
    // No unit fits (a region without its own office yet): the top of the tree receives it.
    return chosen ?? (await tx.select().from(unit).where(isNull(unit.parentId)))[0]!;
  });

  let access: Awaited<ReturnType<typeof createAccess>> | undefined;
  const ctx = reporterContext(database, target, () => now, ip);
  const result = await registerCase(
    ctx,
    {
      receivedOn: toChinaDate(now),
      channel: 'online',
      source: 'direct',
      pipeline: r.pipeline,
      nature: r.nature,
      ...(r.categoryCode ? { categoryCode: r.categoryCode } : {}),
      matterRegionCode: r.matterRegionCode,
      anonymous: r.anonymous,
      petitioners: r.anonymous || !r.petitioner ? [] : [r.petitioner],
      accused: r.accused,
      title: r.title,
      content: r.content,
      ...(r.demands ? { demands: r.demands } : {}),
    },
    {
      via: 'portal',
      afterInsert: async (tx, caseId) => {
        access = await beyondScope(tx, () => createAccess(tx, caseId, r.password, now));
      },
    },
  );
  const a = access!;
  await database.db.insert(portalRecent).values({
    contentKey,
    caseId: result.case.id,
    codeEnc: encrypt(keyring(), a.queryCode),
    passwordEnc: encrypt(keyring(), a.queryPassword),
    expiresAt: new Date(now.getTime() + RECENT_MINUTES * 60_000),
  });
  return { queryCode: a.queryCode, queryPassword: a.queryPassword, duplicate: false };
}

/** Recent codes are kept only for the duplicate check; the reminder job erases them. */
export const purgeRecent = (database: Database, now: Date) => database.db.delete(portalRecent).where(lt(portalRecent.expiresAt, now));

export const caseUnit = async (database: Database, caseId: string) => {
  const c = await casesRepository.byId(database.db, caseId);
  const u = c ? await unitsRepository.byId(database.db, c.unitId) : undefined;
  return { c: c!, u: u! };
};
