// One petition (a case) about a matter: channel, source, which personal details this time, and the text,
// worded by the case's own random stream so that a repeat says the same facts in other words.
import { formatChineseDate, fromDayNumber } from '../src/domain/deadlines/index.js';
import type { CaseSource, PetitionerInput, RegistrationInput } from '../src/domain/register/index.js';
import type { Channel } from '../src/domain/vocabulary/index.js';
import {
  CONSEQUENCES,
  DEMANDS,
  FACT_LEADS,
  OPENINGS,
  PERSONAL_VERBS,
  PRIOR,
  REPEAT_NOTES,
  SELF,
  TITLE_VERBS,
} from './lexicon.js';
import { accusedLabel, type Matter } from './matter.js';
import { mobile } from './people.js';
import { Rng } from './prng.js';

const CHANNEL_WEIGHTS: (readonly [Channel, number])[] = [
  ['letter', 35],
  ['visit', 20],
  ['phone', 20],
  ['online', 15],
  ['sms', 3],
  ['email', 3],
  ['transferIn', 2],
  ['fax', 1],
  ['leaderReferral', 1],
];
/** How often a petitioner gives the ID number, by channel (visits check it; SMS hardly ever has it). */
const ID_GIVEN: Partial<Record<Channel, number>> = {
  visit: 0.95,
  online: 0.7,
  letter: 0.4,
  email: 0.3,
  phone: 0.2,
  sms: 0.1,
};

export interface Petition {
  input: RegistrationInput;
  via: 'console' | 'api' | 'portal';
}

const fill = (s: string, m: Matter, label: string, name: string) =>
  s
    .replaceAll('{acc}', label)
    .replaceAll('{vil}', `${m.facts.village}村`)
    .replaceAll('{town}', m.facts.town.name)
    .replaceAll('{amt}', m.facts.amount)
    .replaceAll('{proj}', m.facts.project)
    .replaceAll('{co}', m.facts.company)
    .replaceAll('{rel}', m.facts.relative)
    .replaceAll('{n}', String(m.facts.people))
    .replaceAll('{pname}', name);

function channelOf(rng: Rng, m: Matter): Channel {
  if (m.groupVisit && rng.chance(0.8)) return 'visit';
  const c = rng.weighted(CHANNEL_WEIGHTS);
  // Anonymous people write, call or post; they do not come to the desk.
  return m.anonymous && c === 'visit' ? 'letter' : c;
}

function sourceOf(rng: Rng, channel: Channel): CaseSource {
  if (channel === 'transferIn')
    return rng.weighted([
      ['upperTransferred', 60],
      ['upperAssigned', 15],
      ['peerTransferred', 20],
      ['peerAssigned', 5],
    ] as const);
  if (channel === 'leaderReferral') return 'leaderAssigned';
  return rng.weighted([
    ['direct', 92],
    ['upperTransferred', 5],
    ['peerTransferred', 2],
    ['leaderAssigned', 1],
  ] as const);
}

/** The petition text: the same facts in a wording picked by `rng`; a repeat mentions the earlier petition. */
function texts(rng: Rng, m: Matter, repeatOfDay: number | null) {
  const label = accusedLabel(m);
  const name = m.petitioners[0]?.name ?? '';
  const self = m.anonymous ? rng.pick(SELF.filter((s) => !s.includes('{pname}'))) : rng.pick(SELF);
  const lead = label ? `${label}${m.facts.whenPhrase}` : `${m.facts.whenPhrase}，`;
  const facts = m.facts.issues.map(
    (issue, i) => `${i === 0 ? lead : label ? '此外，其还' : '此外，'}${issue}，${rng.pick(CONSEQUENCES)}`,
  );
  const parts = [rng.pick(OPENINGS), self, rng.pick(FACT_LEADS), ...facts, rng.pick(PRIOR)];
  if (repeatOfDay !== null)
    parts.splice(
      rng.int(1, 2),
      0,
      rng.pick(REPEAT_NOTES).replace('{prev}', formatChineseDate(fromDayNumber(repeatOfDay))),
    );
  parts.push(rng.pick(DEMANDS));
  const content = fill(parts.filter(Boolean).join(''), m, label, name);
  const short = fill(m.facts.issues[0]!.split('，')[0]!, m, label, name);
  const verb = rng.pick(label ? TITLE_VERBS : PERSONAL_VERBS);
  const title =
    `${verb}${label || (short.includes(m.facts.village) ? '' : `${m.facts.town.name}${m.facts.village}村`)}${short}`.slice(
      0,
      60,
    );
  const summary = fill(`${label}${m.facts.issues.join('；')}。`, m, label, name);
  return { title, summary, content };
}

/** A registration form for one petition about `m`, received on `day` (a day number). */
export function petitionOf(m: Matter, caseSeed: number, day: number, repeatOfDay: number | null): Petition {
  const rng = new Rng(caseSeed);
  const channel = channelOf(rng, m);
  const source = sourceOf(rng, channel);
  const idRate = ID_GIVEN[channel] ?? 0.3;
  const petitioners: PetitionerInput[] = m.petitioners.map((p, i) => {
    const out: PetitionerInput = { ...p };
    if (!rng.chance(idRate) && !(repeatOfDay !== null && i === 0 && rng.chance(0.7))) delete out.idNumber;
    if (channel === 'sms' || channel === 'phone') out.phones = p.phones?.slice(0, 1) ?? [];
    else if (!rng.chance(0.9)) delete out.phones;
    if (channel !== 'visit' && channel !== 'letter' && rng.chance(0.3)) delete out.address;
    if (!rng.chance(0.4)) delete out.occupation;
    return out;
  });
  const { title, summary, content } = texts(rng, m, repeatOfDay);
  const input: RegistrationInput = {
    receivedOn: fromDayNumber(day),
    channel,
    source,
    pipeline: m.pipeline,
    nature: m.nature,
    ...(m.categoryCode ? { categoryCode: m.categoryCode } : {}),
    matterRegionCode: rng.chance(0.85) ? m.facts.town.code : m.facts.town.code.slice(0, 6),
    anonymous: m.anonymous,
    petitioners,
    accused: m.accused,
    title,
    ...(rng.chance(0.7) ? { summary } : {}),
    content,
    demands: rng.pick(DEMANDS),
    urgency: rng.weighted([
      ['normal', 94],
      ['urgent', 5],
      ['critical', 1],
    ] as const),
  };
  if (m.groupVisit && channel === 'visit') input.headcount = rng.int(Math.max(5, petitioners.length), 40);
  if (channel === 'phone') {
    const own = petitioners[0]?.phones?.[0];
    if (own || !m.anonymous || rng.chance(0.7)) input.callerNumber = own ?? mobile(rng);
  }
  const via = channel === 'sms' ? 'api' : channel === 'online' ? 'portal' : 'console';
  return { input, via };
}
