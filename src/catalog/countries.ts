// Where makers are based (Provider.country, an ISO 3166-1 alpha-2 code): how answers name a country or a region, and
// the words questions use for them ("chinese", "from the us", "european").

const NAMES: Readonly<Record<string, string>> = {
  US: 'the US',
  CN: 'China',
  FR: 'France',
  GB: 'the UK',
  DE: 'Germany',
  CA: 'Canada',
  IL: 'Israel',
  JP: 'Japan',
  KR: 'South Korea',
};

/** The European Union's member states. */
const EU = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];
/** Europe: the EU and the European countries outside it that have AI labs or may have. */
const EUROPE = [...EU, 'GB', 'CH', 'NO', 'IS', 'LI'];

const REGIONS: readonly { name: string; word: string; codes: readonly string[] }[] = [
  { name: 'Europe', word: 'europe', codes: EUROPE },
  { name: 'the EU', word: 'the eu', codes: EU },
];

/** Each place word a question may use, with the countries it stands for (longest first where one begins another). */
export const PLACE_WORDS: Readonly<Record<string, readonly string[]>> = {
  china: ['CN'],
  chinese: ['CN'],
  prc: ['CN'],
  'the us': ['US'],
  us: ['US'],
  'the usa': ['US'],
  usa: ['US'],
  'the u.s.': ['US'],
  'u.s.': ['US'],
  'the united states': ['US'],
  'united states': ['US'],
  america: ['US'],
  american: ['US'],
  europe: EUROPE,
  european: EUROPE,
  'the eu': EU,
  eu: EU,
  'the european union': EU,
  'european union': EU,
  france: ['FR'],
  french: ['FR'],
  'the uk': ['GB'],
  uk: ['GB'],
  'the united kingdom': ['GB'],
  'united kingdom': ['GB'],
  britain: ['GB'],
  british: ['GB'],
  germany: ['DE'],
  german: ['DE'],
  canada: ['CA'],
  canadian: ['CA'],
  israel: ['IL'],
  israeli: ['IL'],
  japan: ['JP'],
  japanese: ['JP'],
  'south korea': ['KR'],
  korea: ['KR'],
  korean: ['KR'],
  'south korean': ['KR'],
};

/** The countries a place word stands for; undefined for a word that names none. */
export function countriesOf(word: string): readonly string[] | undefined {
  return PLACE_WORDS[word.toLowerCase().replace(/\s+/g, ' ').trim()];
}

/** A set of countries as the regions it holds whole (the largest first), then its other countries. */
function parts(codes: readonly string[]): { name: string; word: string }[] {
  let left = [...new Set(codes)];
  const found: { name: string; word: string }[] = [];
  for (const region of REGIONS) {
    if (!region.codes.every((c) => left.includes(c))) continue;
    found.push(region);
    left = left.filter((c) => !region.codes.includes(c));
  }
  return [...found, ...left.map((code) => ({ name: NAMES[code] ?? code, word: (NAMES[code] ?? code).toLowerCase() }))];
}

/** How an answer names countries: "China", "the US or Canada", "Europe". */
export function placeName(codes: readonly string[]): string {
  return parts(codes)
    .map((p) => p.name)
    .join(' or ');
}

/** The countries as words a question or command reads back ("china", "the us or canada", "europe"). */
export function placeWords(codes: readonly string[]): string {
  return parts(codes)
    .map((p) => p.word)
    .join(' or ');
}

/** One country's name ("the US", "China"), or its code where answers have no name for it. */
export function countryName(code: string): string {
  return NAMES[code] ?? code;
}

/** A country as a label beside a name, with no article ("OpenAI (US)", "DeepSeek (China)"). */
export function countryLabel(code: string): string {
  return countryName(code).replace(/^the /, '');
}
