// People of the generated petitions: petitioners with valid resident ID numbers and mobiles, and the accused
// with positions that fit their rank.
import { idCheckChar, type AccusedInput, type PetitionerInput } from '../src/domain/register/index.js';
import type { Region } from '../src/domain/regions/index.js';
import type { Rank } from '../src/domain/vocabulary/index.js';
import { GIVEN_CHARS, OCCUPATIONS, POSITIONS, STREET_WORDS, SURNAMES } from './lexicon.js';
import type { Rng } from './prng.js';
import type { UnitSet } from './units.js';

/** Surnames by rank: the first ones far more often (a rough Zipf curve). */
export function surname(rng: Rng): string {
  return SURNAMES[Math.min(SURNAMES.length - 1, Math.floor(SURNAMES.length * rng.float() ** 2.2))]!;
}

export function personName(rng: Rng): string {
  return surname(rng) + rng.pick(GIVEN_CHARS) + (rng.chance(0.7) ? rng.pick(GIVEN_CHARS) : '');
}

/** An 18-digit ID: real county code, birth 1940–2000, sequence with the sex's parity, GB 11643 check character. */
export function idNumber(rng: Rng, county: string, sex: 'male' | 'female'): string {
  const birth = `${rng.int(1940, 2000)}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}`;
  const seq = rng.int(0, 49) * 2 + (sex === 'male' ? 1 : 0);
  const first17 = `${county}${birth}${String(rng.int(0, 9))}${String(seq).padStart(2, '0')}`;
  return first17 + idCheckChar(first17);
}

export function mobile(rng: Rng): string {
  return `1${rng.weighted([
    ['3', 35],
    ['5', 25],
    ['8', 30],
    ['7', 5],
    ['9', 5],
  ] as const)}${rng.digits(9)}`;
}

/** A full person, always the same for the same random stream (so repeats bring the same person back). */
export function person(
  rng: Rng,
  set: UnitSet,
  town: Region,
  village: string,
): Required<
  Pick<PetitionerInput, 'name' | 'sex' | 'idNumber' | 'phones' | 'address' | 'regionCode' | 'occupation'>
> {
  const sex = rng.chance(0.62) ? 'male' : 'female';
  const county = rng.chance(0.9) ? town.code.slice(0, 6) : rng.pick(set.counties);
  const place = set.regions.fullName(town.code) ?? town.name;
  const street = town.name.endsWith('街道');
  const address = street
    ? `${place}${rng.pick(STREET_WORDS)}${rng.int(1, 300)}号`
    : `${place}${village}村${rng.int(1, 12)}组${rng.int(1, 120)}号`;
  return {
    name: personName(rng),
    sex,
    idNumber: idNumber(rng, county, sex),
    phones: rng.chance(0.12) ? [mobile(rng), mobile(rng)] : [mobile(rng)],
    address,
    regionCode: town.code,
    occupation: rng.pick(OCCUPATIONS),
  };
}

export const RANK_WEIGHTS: (readonly [Rank, number])[] = [
  ['general', 30],
  ['section', 30],
  ['villageCadre', 30],
  ['division', 8],
  ['bureau', 2],
];
const CHIEFS = new Set(['镇党委书记', '村党支部书记', '镇长', '村委会主任']);

/** An accused official: position by rank, unit named after the real town, county or city. */
export function official(
  rng: Rng,
  set: UnitSet,
  town: Region,
  village: string,
  rank: Rank,
): AccusedInput & { position: string } {
  const table = POSITIONS[rank as keyof typeof POSITIONS] ?? POSITIONS.general;
  const [position, where] = rng.pick(table);
  const above = set.regions.ancestors(town.code).slice(0, -1);
  const county = above.find((r) => r.level === 'county');
  const city = above.find((r) => r.level === 'city');
  const countyName = county?.name ?? city?.name ?? '';
  const cityName = city && !city.placeholder ? city.name : countyName;
  const unit =
    where === 'village'
      ? `${town.name}${village}村民委员会`
      : where === 'town'
        ? position.includes('派出所')
          ? `${countyName}公安局${town.name.replace(/(镇|街道|乡)$/, '')}派出所`
          : `${countyName}${town.name}人民政府`
        : rank === 'bureau'
          ? `${cityName}人民政府`
          : `${countyName}人民政府`;
  return {
    kind: 'person',
    name: personName(rng),
    unit,
    position,
    rank,
    isUnitChief: CHIEFS.has(position),
    regionCode: town.code,
  };
}
