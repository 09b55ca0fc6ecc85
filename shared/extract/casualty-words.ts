/**
 * The words that tell a casualty count from other numbers: what a count is of (killed, injured…),
 * how it is qualified ("more than", "up to"), and what marks a number as something else (a year,
 * a date, a percentage, money, homes, a population).
 */
import type { CasualtyCategory, Qualifier } from '../attributes';
import { anyOf, wordSet } from './patterns';

/** Whole words, any case, found anywhere in a passage. */
const cue = (fragments: string) => new RegExp(String.raw`\b${anyOf(fragments)}\b`, 'giu');
/** Words that end right before an amount. */
const endingBefore = (fragments: string) => new RegExp(String.raw`\b${anyOf(fragments)}\s+$`, 'iu');

/** Words naming what happened to the people counted, by category. */
export const categoryWords: readonly (readonly [CasualtyCategory, RegExp])[] = [
  [
    'killed',
    cue(String.raw`
      death\s+toll killed kill(?:s|ing)? dead died dies? dying deaths? toll fatalit(?:y|ies) fatally lives slain
      murdered massacred perished executed bodies martyr(?:s|ed)
    `),
  ],
  ['injured', cue(String.raw`injured injur(?:ing|y|ies) wounded wounding hurt hospitali[sz]ed maimed`)],
  ['missing', cue(String.raw`missing unaccounted\s+for disappeared under\s+the\s+rubble`)],
  [
    'hostages',
    cue(String.raw`hostages? captives? captivity held\s+captive taken\s+captive abducted abductees kidnapped`),
  ],
  [
    'displaced',
    cue(String.raw`displaced displacing displacement fled fleeing flee evacuated evacuees refugees homeless uprooted`),
  ],
  ['other', cue(String.raw`casualties victims`)],
];

/** Words before an amount that qualify it; the longest match right before the amount counts. */
export const qualifierBefore: readonly (readonly [Qualifier, RegExp])[] = [
  ['more_than', endingBefore(String.raw`more\s+than over upwards\s+of in\s+excess\s+of above exceeding just\s+over`)],
  [
    'at_least',
    endingBefore(String.raw`at\s+least no\s+fewer\s+than no\s+less\s+than not\s+less\s+than a\s+minimum\s+of`),
  ],
  [
    'about',
    endingBefore(String.raw`
      about around approximately approx\. roughly some nearly almost close\s+to just\s+under an\s+estimated estimated
      circa
    `),
  ],
  [
    'up_to',
    endingBefore(String.raw`up\s+to as\s+many\s+as as\s+much\s+as at\s+most no\s+more\s+than a\s+maximum\s+of`),
  ],
  ['fewer_than', endingBefore(String.raw`fewer\s+than less\s+than under below`)],
];

/** Words after an amount that qualify it: "100 or more", "100-plus", "100+". */
export const qualifierAfter: readonly (readonly [Qualifier, RegExp])[] = [
  ['at_least', /^(?:\s+or\s+more\b|\s*-?\s*plus\b|\+)/iu],
  ['about', /^\s+or\s+so\b/iu],
];

const month = `${anyOf(String.raw`
  jan(?:uary)? feb(?:ruary)? mar(?:ch)? apr(?:il)? may june? july? aug(?:ust)? sept?(?:ember)? oct(?:ober)?
  nov(?:ember)? dec(?:ember)?
`)}\.?`;
/** A rough amount before the number of inhabitants: "a city of some 600,000". */
const rough = String.raw`(?:(?:some|about|around|nearly|almost|over|more\s+than)\s+)?`;

/** Text right before an amount that makes it something other than a count of people. */
export const notCountBefore: readonly RegExp[] = [
  new RegExp(String.raw`\b${month}\s+$`, 'iu'), // "Oct. 7", "October 7"
  /[$€£¥₪₽]\s*$|\b(?:usd|eur|gbp|us\$)\s*$/iu, // money
  /\b(?:aged?|ages)\s+$/iu,
  /\p{L}-$/u, // "F-16", "COVID-19"
  endingBefore(
    String.raw`resolution article chapter section route highway flight no\. number page room gate phase version`,
  ),
  // A population: "an enclave of 2.3 million", "home to 2 million", "houses 600,000".
  new RegExp(
    String.raw`\b${anyOf(`
      population enclave city town village country territory strip region area nation state camp district province
      community
    `)}\s+of\s+${rough}$`,
    'iu',
  ),
  new RegExp(
    String.raw`\b${anyOf(String.raw`home\s+to houses housing hosts hosting inhabited\s+by populated\s+by`)}\s+` +
      `${rough}$`,
    'iu',
  ),
];

/** Text right after an amount that makes it something other than a count of people. */
export const notCountAfter: readonly RegExp[] = [
  new RegExp(String.raw`^,?\s+${month}(?!\p{L})`, 'iu'), // "7 October"
  /^(?:st|nd|rd|th)\b/iu, // ordinals
  /^\s*(?:%|percent\b|per\s+cent\b|pc\b|percentage\b)/iu,
  /^\s*(?::\d|[ap]\.?m\b\.?|o'clock\b|gmt\b|utc\b)/iu, // times
  /^-(?:year|month|week|day)s?-old\b/iu, // ages
  /^\s+(?:inhabitants|population)\b/iu,
  /^\s+(?:people|residents|persons)\s+(?:live|living|who\s+live|reside|residing)\b/iu,
];

/** A bare four-digit number in this range, not followed by whom it counts, is a year. */
export function looksLikeYear(value: number): boolean {
  return value >= 1800 && value <= 2100;
}

/** Things, not people: a number followed by one of these, perhaps after one other word, counts no one. */
export const thingsCounted = wordSet(`
  home homes house houses building buildings apartment apartments flat flats unit units structure structures
  school schools hospital hospitals clinic clinics mosque mosques church churches shop shops vehicle vehicles car cars
  truck trucks lorry lorries tank tanks rocket rockets missile missiles shell shells bomb bombs drone drones strike
  strikes airstrike airstrikes raid raids target targets site sites tunnel tunnels km kilometer kilometers kilometre
  kilometres mile miles meter meters metre metres feet foot acre acres hectare hectares ton tons tonne tonnes kg
  kilogram kilograms liter liters litre litres gallon gallons barrel barrels dollar dollars euro euros pound pounds
  shekel shekels rouble roubles ruble rubles yuan year years month months week weeks day days night nights hour hours
  minute minutes second seconds times point points vote votes seat seats page pages dose doses meal meals calorie
  calories bed beds percent
`);

/** Whom casualty counts count. */
export const peopleCounted = wordSet(`
  people persons person civilians civilian children child kids kid women woman men man soldiers soldier troops
  fighters fighter militants militant residents resident citizens citizen nationals foreigners journalists journalist
  doctors doctor medics workers worker staff patients students babies infants officers officer policemen members
  individuals adults minors elderly hostages hostage captives victims bodies family families refugees migrants
`);

/** Words that may stand between an amount and what happened to those counted without weakening the link. */
export const linkingWords = wordSet(`
  more than at least about some nearly almost around up to including among them whom who which of in total all
  were was are is be been being have has had having reportedly also now already so far confirmed believed feared
  thought said say says reported still left number rose risen climbed reached stands stood hit the a an as many by
  with another further additional their those these others other
`);
