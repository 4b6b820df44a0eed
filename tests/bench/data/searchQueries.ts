// 200 mixed queries an analyst types into the search field over the analyst's year: names under
// their spellings and misspellings, prefixes as typed, places, phrases, exclusions, Azerbaijani,
// Persian and Russian words, notes and tags.
const PATTERNS = [
  'Pezeshkian', 'pezeshk', 'Pezeshkyan', 'Masoud', 'Masouz Pezeshkian', 'Aliyev', 'Əliyev', 'ilham aliyev', 'Araghchi', 'Bayramov',
  'drone strike', '"drone strike on the airport"', 'Astara crossing', 'Julfa', 'Nakhchivan', 'nakh', 'Zangezur corridor', 'oil tanker', 'cyberattack', 'ambassador recall',
  'IRGC', 'State Security Service', 'peacekeepers', 'ceasefire -frontier', 'journalists detention', 'satellite images', 'pumping station explosion', 'Ordubad checkpoint', 'Aras river', 'Tabriz',
  'پزشکیان', 'نخجوان', 'وزارت امور خارجه', 'Naxçıvan', 'təhlükəsizlik', 'Dövlət', 'Алиев', 'миротворцы', 'беспилотника', 'follow up',
  'Caspian Wire', 'Eurasianet', 'Leyla Mammadova', 'Reza Karimi', 'diplomacy', 'detentions', 'airspace', 'pipeline operator', 'humanitarian convoys', 'debris investigators',
];

export const SEARCH_QUERIES: readonly string[] = Array.from({ length: 200 }, (_, i) => PATTERNS[i % PATTERNS.length] ?? '');
