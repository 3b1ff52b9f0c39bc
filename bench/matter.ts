// A matter (事项) is what a petition is about: who complains, about whom, which facts. A case is one petition
// about a matter; a repeat is another case about the same matter, worded anew. Both come from seeds, so a
// matter can be rebuilt from its seed instead of being kept in memory.
import { CATEGORY_SEED } from '../src/db/seed/categories.js';
import type { AccusedInput, CaseNature, PetitionerInput } from '../src/domain/register/index.js';
import type { Region } from '../src/domain/regions/index.js';
import type { Pipeline } from '../src/domain/vocabulary/index.js';
import {
  AMOUNTS,
  COMPANY_KINDS,
  COMPANY_STEMS,
  ISSUES,
  PROJECTS,
  RELATIVES,
  VILLAGE_STEMS,
  WHEN,
} from './lexicon.js';
import { official, person, RANK_WEIGHTS } from './people.js';
import { mixSeed, Rng } from './prng.js';
import type { BenchUnit, UnitSet } from './units.js';

const DISCIPLINE_GROUPS = [
  ['0123', 25],
  ['0124', 15],
  ['0141', 15],
  ['0151', 12],
  ['0125', 8],
  ['0142', 8],
  ['0122', 6],
  ['0126', 4],
  ['0143', 4],
  ['0121', 2],
  ['0144', 1],
] as const;
const GOVERNMENT_GROUPS = [
  ['01', 15],
  ['02', 14],
  ['03', 14],
  ['04', 10],
  ['11', 10],
  ['05', 6],
  ['08', 6],
  ['06', 5],
  ['07', 5],
  ['10', 4],
  ['09', 3],
  ['12', 2],
  ['13', 2],
  ['14', 2],
  ['15', 1],
  ['99', 1],
] as const;

/** Leaf categories (细类) of each group, from the seeded trees; a group without 细类 is its own leaf. */
const leaves = new Map<string, string[]>();
for (const c of CATEGORY_SEED) {
  if (!c.parentCode) continue;
  const key = `${c.pipeline}:${c.parentCode}`;
  leaves.set(key, [...(leaves.get(key) ?? []), c.code]);
}
const leafOf = (rng: Rng, pipeline: Pipeline, group: string) =>
  rng.pick(leaves.get(`${pipeline}:${group}`) ?? [group]);

export interface Facts {
  town: Region;
  village: string;
  issues: string[];
  amount: string;
  project: string;
  company: string;
  relative: string;
  people: number;
  whenPhrase: string;
}

export interface Matter {
  seed: number;
  pipeline: Pipeline;
  nature: CaseNature;
  categoryCode: string | undefined;
  anonymous: boolean;
  petitioners: PetitionerInput[];
  groupVisit: boolean;
  accused: AccusedInput[];
  /** The facts are about the (first) accused person, not the petitioner's own matter. */
  aboutOfficial: boolean;
  facts: Facts;
}

/** Petitioners who write again and again about different matters (老户): a small pool, ~3% of matters. */
const FREQUENT_POOL = 2000;

function pipelineOf(rng: Rng, unit: BenchUnit): Pipeline {
  const discipline =
    unit.kind === 'discipline'
      ? 0.92
      : unit.kind === 'petitionBureau'
        ? 0.05
        : unit.key.startsWith('dq_')
          ? 0.4
          : 0.1;
  return rng.chance(discipline) ? 'discipline' : 'government';
}

function natureOf(rng: Rng, pipeline: Pipeline): CaseNature {
  return pipeline === 'discipline'
    ? rng.weighted([
        ['accusation', 75],
        ['outOfScope', 10],
        ['criticism', 8],
        ['appeal', 5],
        ['noSubstance', 2],
      ] as const)
    : rng.weighted([
        ['claim', 60],
        ['accusation', 25],
        ['suggestion', 15],
      ] as const);
}

/** The matter a seed stands for, in the region of the unit that first received it. */
export function matterOf(set: UnitSet, unit: BenchUnit, seed: number, originDay: number): Matter {
  const rng = new Rng(seed);
  const pipeline = pipelineOf(rng, unit);
  const nature = natureOf(rng, pipeline);
  const group = pipeline === 'discipline' ? rng.weighted(DISCIPLINE_GROUPS) : rng.weighted(GOVERNMENT_GROUPS);
  const categoryCode =
    nature === 'outOfScope' || nature === 'noSubstance' ? undefined : leafOf(rng, pipeline, group);
  const town = rng.pick(unit.towns);
  const village = rng.pick(VILLAGE_STEMS);
  const anonymous = rng.chance(pipeline === 'discipline' ? 0.3 : 0.08);

  const petitioners: PetitionerInput[] = [];
  let groupVisit = false;
  if (!anonymous) {
    if (rng.chance(0.03)) {
      // A frequent petitioner: the same person across many matters, living in their own town.
      const k = rng.int(0, FREQUENT_POOL - 1);
      const home = new Rng(mixSeed(0xf4e9, k));
      petitioners.push({
        ...person(home, set, unit.towns[k % unit.towns.length]!, home.pick(VILLAGE_STEMS)),
        isPrimary: true,
      });
    } else {
      petitioners.push({ ...person(rng, set, town, village), isPrimary: true });
      groupVisit = pipeline === 'government' && rng.chance(0.04);
      const others = groupVisit ? rng.int(2, 4) : rng.chance(0.08) ? rng.int(1, 2) : 0;
      for (let i = 0; i < others; i++)
        petitioners.push({ ...person(rng, set, town, village), isPrimary: false });
      if (groupVisit) for (const p of petitioners) p.isRepresentative = true;
    }
  }

  const accused: AccusedInput[] = [];
  const company = rng.pick(COMPANY_STEMS) + rng.pick(COMPANY_KINDS);
  if (pipeline === 'discipline' && nature !== 'noSubstance') {
    // Some officials are reported far more often than others: the town's best-known ones.
    const famous = rng.chance(0.1);
    const who = famous ? new Rng(mixSeed(Number(town.code.slice(-6)), rng.int(0, 7))) : rng;
    accused.push(official(who, set, town, village, who.weighted(RANK_WEIGHTS)));
    if (rng.chance(0.12)) accused.push(official(rng, set, town, village, rng.weighted(RANK_WEIGHTS)));
  } else if (pipeline === 'government') {
    if (nature === 'accusation') {
      accused.push(
        rng.chance(0.75)
          ? official(
              rng,
              set,
              town,
              village,
              rng.weighted([
                ['villageCadre', 5],
                ['general', 3],
                ['section', 2],
              ] as const),
            )
          : { kind: 'unit', unit: `${town.name}人民政府` },
      );
    } else if (nature === 'claim' && rng.chance(0.5)) {
      accused.push({ kind: 'unit', unit: rng.chance(0.5) ? company : `${town.name}人民政府` });
    }
  }

  // A reported official is the subject of the facts; a government claim is about the petitioner's own trouble.
  const aboutOfficial = accused[0]?.kind === 'person';
  const pool = pipeline === 'government' && aboutOfficial ? ISSUES['0124']! : ISSUES[group]!;
  const first = rng.pick(pool);
  const issues =
    rng.chance(0.3) && pool.length > 1 ? [first, rng.pick(pool.filter((x) => x !== first))] : [first];
  const back = originDay - rng.int(20, 400);
  const y = 1970 + Math.floor(back / 365.25);
  const m = 1 + (Math.floor(back / 30.44) % 12);
  const whenPhrase = rng.pick(WHEN).replace('{y}', String(y)).replace('{m}', String(m));
  const facts: Facts = {
    town,
    village,
    issues,
    amount: rng.pick(AMOUNTS),
    project: `${village}村${rng.pick(PROJECTS)}`,
    company,
    relative: rng.pick(RELATIVES),
    people: rng.int(3, 60),
    whenPhrase,
  };
  return {
    seed,
    pipeline,
    nature,
    categoryCode,
    anonymous,
    petitioners,
    groupVisit,
    accused,
    aboutOfficial,
    facts,
  };
}

/** How a letter names the accused person: 德庆县新圩镇副镇长李明. Empty when the matter is not about one. */
export const accusedLabel = (m: Matter) => {
  const a = m.accused[0];
  if (!m.aboutOfficial || !a) return '';
  return `${a.unit?.replace(/人民政府|村民委员会$/, '') ?? ''}${a.position ?? ''}${a.name ?? ''}`;
};
