// The registration form (信访登记表, domain-reference §5.4 A–C) as the domain sees it, and its configurable rules.
import type { IsoDate } from '../deadlines/dates.js';
import type { Channel, Pipeline, Rank } from '../vocabulary/index.js';
import type { Sex } from './id-number.js';
import type { AccusedKind, CaseNature, CaseSource, Secrecy, Urgency } from './registration-codes.js';

/** 信访人 / 反映人 (§5.4 B). Any field may be blank for an anonymous item. */
export interface PetitionerInput {
  name?: string;
  sex?: Sex;
  birthDate?: IsoDate;
  ethnicity?: string;
  idNumber?: string;
  /** Up to 3 numbers (configurable). */
  phones?: string[];
  email?: string;
  address?: string;
  /** GB/T 2260 code of where the petitioner lives. */
  regionCode?: string;
  workUnit?: string;
  occupation?: string;
  politicalStatus?: string;
  /** 主要信访人: at most one. */
  isPrimary?: boolean;
  /** An elected representative of a multi-person visit (代表人数不超过5人). */
  isRepresentative?: boolean;
}

/** 被反映人 (§5.4 C): a person, or a unit reported as such. */
export interface AccusedInput {
  kind?: AccusedKind;
  name?: string;
  unit?: string;
  position?: string;
  /** 职级: decides the handling level (干部管理权限). */
  rank?: Rank;
  /** 一把手 / 主要负责人 of their unit: such reports go one level up. */
  isUnitChief?: boolean;
  regionCode?: string;
}

/** 信访件 (§5.4 A) as entered at registration. */
export interface RegistrationInput {
  /** 信访日期: the China-local day the item was received (postmark-independent). */
  receivedOn: IsoDate;
  /** Why an item is registered long after it was received (补录理由). */
  backdateReason?: string;
  channel: Channel;
  source: CaseSource;
  pipeline: Pipeline;
  /** 信访事项性质 (government) or 信访类别 (discipline); see NATURES_BY_PIPELINE. */
  nature: CaseNature;
  /** 问题类别 code from the category tree (§7). */
  categoryCode?: string;
  /** 问题属地: GB/T 2260 code (6, 9 or 12 digits). */
  matterRegionCode?: string;
  petitioners: PetitionerInput[];
  /** 人数: people who came or signed; defaults to the number of petitioners listed. */
  headcount?: number;
  /** 来电号码 of a phone item. */
  callerNumber?: string;
  accused: AccusedInput[];
  title?: string;
  /** 内容摘要. */
  summary?: string;
  /** 信访内容 / original text. */
  content?: string;
  /** 主要诉求. */
  demands?: string;
  urgency?: Urgency;
  secrecy?: Secrecy;
  /** 匿名: the petitioner gave no name. */
  anonymous: boolean;
}

export interface RegistrationRules {
  /** 集体访 from this many people (domain.md: 5). */
  groupVisitMinPeople: number;
  /** 代表人数不超过5人 (《信访工作条例》). */
  maxRepresentatives: number;
  /** A group visit must name its representatives (条例: 应当推选代表). */
  requireRepresentatives: boolean;
  /** Registering an item received more than this many days ago requires a reason. */
  backdateDaysWithoutReason: number;
  maxPhonesPerPetitioner: number;
  maxTitleLength: number;
  maxNameLength: number;
}

export const DEFAULT_REGISTRATION_RULES: RegistrationRules = {
  groupVisitMinPeople: 5,
  maxRepresentatives: 5,
  requireRepresentatives: true,
  backdateDaysWithoutReason: 7,
  maxPhonesPerPetitioner: 3,
  maxTitleLength: 100,
  maxNameLength: 50,
};

export interface RegistrationConfig extends Partial<RegistrationRules> {
  /** China-local date of registration. */
  today: IsoDate;
  /** Region dictionary lookup (GB/T 2260), for the matter region, petitioner regions and ID numbers. */
  isKnownRegion?: (code: string) => boolean;
  /** Category tree lookup for the pipeline. */
  isKnownCategory?: (pipeline: Pipeline, code: string) => boolean;
}

export const rulesOf = (config: Partial<RegistrationRules>): RegistrationRules => ({
  ...DEFAULT_REGISTRATION_RULES,
  ...Object.fromEntries(
    Object.entries(config).filter(([k, v]) => k in DEFAULT_REGISTRATION_RULES && v !== undefined),
  ),
});

export const isBlank = (s: string | undefined | null): boolean => !s || s.trim() === '';
