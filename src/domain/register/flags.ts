// Flags computed at registration (domain.md): group visit, real name, skip-level. Repeats live in ../repeats.
import type { IsoDate } from '../deadlines/dates.js';
import { codeShapeLevel, COUNTRY_CODE, normalizeRegionCode } from '../regions/index.js';
import { levelDepth, UNIT_LEVEL_LABELS, type UnitLevel } from '../vocabulary/index.js';
import { validatePhone } from './phone.js';
import {
  DEFAULT_REGISTRATION_RULES,
  isBlank,
  rulesOf,
  type RegistrationInput,
  type RegistrationRules,
} from './registration.js';

type People = Pick<RegistrationInput, 'headcount' | 'petitioners'>;

/** 人数: the stated headcount, never fewer than the petitioners listed. */
export const headcountOf = (input: People): number =>
  Math.max(input.headcount ?? 0, input.petitioners.length);

export const representativeCount = (input: Pick<RegistrationInput, 'petitioners'>): number =>
  input.petitioners.filter((p) => p.isRepresentative).length;

/** 集体访: a visit of `groupVisitMinPeople` (default 5) or more people. */
export function isGroupVisit(
  input: People & Pick<RegistrationInput, 'channel'>,
  rules: Pick<RegistrationRules, 'groupVisitMinPeople'> = DEFAULT_REGISTRATION_RULES,
): boolean {
  return input.channel === 'visit' && headcountOf(input) >= rules.groupVisitMinPeople;
}

/** 实名: not anonymous, and some petitioner gives a name and a working contact (a valid phone, or an address). */
export function isRealName(input: Pick<RegistrationInput, 'anonymous' | 'petitioners'>): boolean {
  if (input.anonymous) return false;
  return input.petitioners.some(
    (p) => !isBlank(p.name) && ((p.phones ?? []).some((n) => validatePhone(n).ok) || !isBlank(p.address)),
  );
}

/**
 * The level a matter belongs to by its region: county for county, town and village codes (towns and
 * villages take their problems to the county), city or province for codes of that shape, central for
 * the whole country. Null when the code is malformed.
 */
export function matterHomeLevel(regionCode: string): UnitLevel | null {
  const code = normalizeRegionCode(regionCode);
  if (code === null) return null;
  if (code === COUNTRY_CODE) return 'central';
  const shape = codeShapeLevel(code);
  if (shape === null) return null;
  return shape === 'town' || shape === 'village' ? 'county' : shape;
}

export interface SkipLevelContext {
  /** Level of the unit where the visit is received. */
  receivingLevel: UnitLevel;
  today: IsoDate;
  /** The lower level's handling of the same matter, when there is one. */
  lowerLevelDecision?: { decidedAt?: IsoDate; dueAt?: IsoDate };
}

export type SkipLevelResult = { skipLevel: false } | { skipLevel: true; reason: string };

/**
 * 越级访: a visit received more than one level above the matter's home level (条例: visits go to the
 * competent body at this level or the one above), or received above while the lower level is still
 * within its limit and has not decided (一诉多投).
 */
export function skipLevelCheck(
  input: Pick<RegistrationInput, 'channel' | 'matterRegionCode'>,
  context: SkipLevelContext,
): SkipLevelResult {
  if (input.channel !== 'visit' || !input.matterRegionCode) return { skipLevel: false };
  const home = matterHomeLevel(input.matterRegionCode);
  if (home === null) return { skipLevel: false };
  const above = levelDepth(home) - levelDepth(context.receivingLevel);
  const here = `问题属地为${UNIT_LEVEL_LABELS[home]}，在${UNIT_LEVEL_LABELS[context.receivingLevel]}接待`;
  if (above > 1) return { skipLevel: true, reason: `${here}，超过了上一级` };

  const lower = context.lowerLevelDecision;
  if (above >= 1 && lower && !lower.decidedAt && lower.dueAt && context.today <= lower.dueAt) {
    return {
      skipLevel: true,
      reason: `${here}，下级机关尚在办理期限内（${lower.dueAt} 到期）且未作出处理意见`,
    };
  }
  return { skipLevel: false };
}

export interface RegistrationFlags {
  groupVisit: boolean;
  realName: boolean;
  skipLevel: SkipLevelResult;
}

export function registrationFlags(
  input: RegistrationInput,
  context: SkipLevelContext & { rules?: Partial<RegistrationRules> },
): RegistrationFlags {
  return {
    groupVisit: isGroupVisit(input, rulesOf(context.rules ?? {})),
    realName: isRealName(input),
    skipLevel: skipLevelCheck(input, context),
  };
}
