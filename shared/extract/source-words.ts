/**
 * The words of attribution: verbs and phrases that name a source ("said", "according to",
 * "citing", "a statement by"), the words a source's name may be made of, and the words that tell
 * what kind of source it is.
 */
import type { SourceKind } from '../attributes';
import { anyOf, wordSet } from './patterns';

/** Verbs whose subject is the source: "TASS said", "Palestinian authorities say", "X told a briefing". */
export const attributionVerbs = wordSet(`
  said says say saying told tells reported reports report stated states announced announces added adds claimed claims
  confirmed confirms wrote writes tweeted posted insisted noted warned alleged alleges declared estimated estimates
  denied denies accused urged demanded argued explained acknowledged admitted quoted
`);

/** Words that may stand between a source and its verb: "X has also said", "X was quoted". */
export const betweenSourceAndVerb = wordSet(`
  has have had was were is are also later earlier previously reportedly separately then again further repeatedly
  already first on
`);

/** Lower-case words that may be part of a source's name or description ("the foreign ministry", "news agencies"). */
export const sourceNouns = wordSet(`
  the a an of its his her their this our news agency agencies ministry ministries authorities authority officials
  official spokesman spokeswoman spokesperson spokespeople police army military government sources source witnesses
  witness eyewitness eyewitnesses residents resident survivors survivor health foreign interior defence defense media
  state local senior deputy chief minister member members group movement organisation organization organisations
  organizations militant security emergency rescue services service workers worker medics doctors doctor hospital
  director head leader leaders leadership office department press secretary general commander diplomats diplomat
  correspondent reporters reporter journalist journalists newspaper daily channel broadcaster television radio outlet
  website aid humanitarian civil people familiar
`);

/** Descriptions that follow a media outlet's name and are not part of it: "RIA news agency" is RIA. */
export const mediaDescriptor = new RegExp(
  String.raw`\s+(?:state(?:-run|-owned)?\s+)?${anyOf(String.raw`
    news\s+agency news\s+service news\s+outlet agency newspaper daily broadcaster channel television TV radio outlet
    website magazine
  `)}$`,
  'iu',
);

/** Words after which a source's name to the right ends. */
export const endsSourceName = wordSet(`
  that which who whom as on in at for with when while after before during since said says told to from but and or
  was were is are has have had earlier later on
`);

/** A clause right after a source that makes it anonymous: "officials, who asked not to be named". */
export const anonymityClause = new RegExp(
  String.raw`^[^.;:"“”]{0,40}?\b(anonymity|(?:not|declined)\s+to\s+be\s+(?:named|identified))\b`,
  'iu',
);

/** Something that finds words in a text, as RegExp.exec does. */
export type WordPattern = Pick<RegExp, 'exec'>;

/**
 * Words matched whole: fragments of `anyCase` in any case, acronyms of `asWritten` only as written.
 * Two expressions rather than one with an inline case modifier, which older engines cannot parse.
 */
function words(anyCase: string, asWritten?: string): WordPattern {
  const whole = (pattern: string, flags: string) => new RegExp(String.raw`(?<![\p{L}\p{N}])${pattern}(?![\p{L}\p{N}])`, flags);
  const patterns = [whole(anyOf(anyCase), 'iu'), ...(asWritten === undefined ? [] : [whole(anyOf(asWritten), 'u')])];
  return {
    exec(text: string) {
      const matches = patterns.map((pattern) => pattern.exec(text)).filter((match) => match !== null);
      return matches.sort((a, b) => a.index - b.index)[0] ?? null;
    },
  };
}

/**
 * Kinds of source, each with the words that show it, in order of precedence: a source described
 * as unnamed is anonymous whatever else it is; a news agency reporting for a ministry is media;
 * a United Nations official speaks for an organisation.
 */
export const kindWords: readonly (readonly [SourceKind, WordPattern])[] = [
  ['anonymous', words(String.raw`sources? unnamed anonymous insiders? people\s+familiar`)],
  [
    'witness',
    words(String.raw`witness(?:es)? eyewitness(?:es)? residents? survivors? neighbou?rs? passers?-by bystanders?`),
  ],
  [
    'publication',
    words(String.raw`this\s+(?:newspaper|website|publication|outlet) our\s+(?:correspondent|reporter)s?`),
  ],
  [
    'agency_media',
    words(
      String.raw`
        news\s+agenc(?:y|ies) newspapers? daily broadcasters? channel television radio outlets? media magazine website
        reporters? correspondents? journalists? tass ria(?:\s+novosti)? interfax reuters associated\s+press
        agence\s+france-presse xinhua anadolu al\s+jazeera al\s+arabiya sputnik bloomberg haaretz izvestia kommersant
        wafa ynet
      `,
      'TV AP AFP BBC CNN RT',
    ),
  ],
  [
    'organisation',
    words(
      String.raw`
        united\s+nations unrwa unicef unhcr world\s+health\s+organi[sz]ation red\s+cross red\s+crescent icrc
        amnesty(?:\s+international)? human\s+rights\s+watch doctors\s+without\s+borders save\s+the\s+children oxfam
        nato
      `,
      'UN WHO OCHA MSF NGOs?',
    ),
  ],
  [
    'official',
    words(
      String.raw`
        ministry ministries minister government authorities authority officials? spokes(?:man|woman|person|people)
        president prime\s+minister premier army military police forces kremlin white\s+house pentagon
        state\s+department embassy ambassador mayor governor department parliament senator cabinet commander
        diplomats? presidency administration lawmakers? chancellor
      `,
      'IDF',
    ),
  ],
  [
    'organisation',
    words(
      String.raw`
        organi[sz]ations? group movement charity charities foundation union association committee agenc(?:y|ies)
      `,
    ),
  ],
];
