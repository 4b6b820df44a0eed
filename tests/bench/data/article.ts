// A long news-style article, generated from a seed: English reporting with Azerbaijani and
// Persian quotations, paragraphs separated by blank lines as imported articles are.
import type { Random } from './random';

const ACTORS = [
  'Azerbaijan’s foreign ministry', 'Iranian officials', 'President Ilham Aliyev', 'President Masoud Pezeshkian',
  'the State Security Service', 'a spokesman for the IRGC', 'Baku', 'Tehran', 'the Turkish defence ministry',
  'local residents of Nakhchivan', 'the ministry of emergency situations', 'an unnamed European diplomat',
  'the Azerbaijani border service', 'Iran’s ambassador in Baku', 'opposition lawmakers', 'the state news agency Azertac',
  'analysts in Tbilisi', 'the Caspian pipeline operator', 'Armenian officials in Yerevan', 'Russian peacekeepers',
];
const VERBS = [
  'said', 'denied', 'announced', 'reported', 'claimed', 'warned', 'confirmed', 'insisted', 'acknowledged',
  'alleged', 'stated', 'suggested', 'disputed', 'repeated', 'told reporters',
];
const EVENTS = [
  'the drone strike on the airport', 'the closure of the Astara crossing', 'a shipment of cargo to Julfa',
  'the detention of two journalists', 'new military exercises near the border', 'the resumption of flights to Nakhchivan',
  'an explosion at a pumping station', 'the arrest of several suspects', 'talks on the Zangezur corridor',
  'the recall of the ambassador', 'heavy shelling overnight', 'humanitarian aid convoys', 'a cyberattack on state media',
  'the seizure of an oil tanker', 'protests outside the embassy', 'a ceasefire along the frontier',
];
const DETAILS = [
  'according to people familiar with the matter', 'citing satellite images', 'in a statement released on Sunday',
  'without offering evidence', 'after an emergency cabinet meeting', 'during a televised address',
  'in comments to state television', 'amid rising tension in the region', 'two days after the incident',
  'as investigators examined the debris', 'while diplomats urged restraint', 'in a rare public rebuke',
];
const TIMES = ['on Monday', 'on Tuesday', 'late on Wednesday', 'early on Thursday', 'on Friday', 'over the weekend', 'last month', 'in March'];
const PLACES = ['in Baku', 'in Tehran', 'near Julfa', 'at the Ordubad checkpoint', 'in Tabriz', 'along the Aras river', 'in Ganja', 'in Ardabil'];
const NUMBERS = ['two', 'three', 'five', 'a dozen', 'at least 14', 'more than 40', 'nearly 200', 'several hundred'];

/** Azerbaijani (Latin, with ə, ğ, ı, ş) and Persian (with ZWNJ) sentences quoted in the coverage. */
const AZERBAIJANI = [
  'Xarici İşlər Nazirliyi bildirib ki, hadisə ilə bağlı araşdırma davam edir.',
  'Prezident İlham Əliyev təhlükəsizlik şurasının iclasını keçirib.',
  'Naxçıvan hava limanına uçuşlar bərpa olunub, sərnişinlər təhlükəsiz çatıb.',
  'Dövlət Təhlükəsizlik Xidməti şübhəlilərin saxlanıldığını açıqlayıb.',
  'Sərhəd xidməti Araz çayı boyunca nəzarəti gücləndirdiyini bildirib.',
  'Bakıda keçirilən mətbuat konfransında jurnalistlərin sualları cavablandırılıb.',
];
const PERSIAN = [
  'سخنگوی وزارت امور خارجه گفت که ایران در این حمله نقشی نداشته است.',
  'رئیس‌جمهور پزشکیان در تماس تلفنی با همتای آذربایجانی خود گفت‌وگو کرد.',
  'مقام‌های محلی در تبریز از افزایش تدابیر امنیتی در مرز خبر دادند.',
  'خبرگزاری‌های داخلی گزارش دادند که پروازها به نخجوان از سر گرفته شده است.',
  'نماینده‌های مجلس خواستار توضیح درباره‌ی حادثه‌ی مرزی شدند.',
];

function englishSentence(random: Random): string {
  const actor = random.pick(ACTORS);
  const opening = actor.charAt(0).toUpperCase() + actor.slice(1);
  switch (random.int(0, 5)) {
    case 0:
      return `${opening} ${random.pick(VERBS)} ${random.pick(TIMES)} that ${random.pick(EVENTS)} ${random.pick(PLACES)} was ${random.pick(['deliberate', 'an accident', 'under investigation', 'exaggerated', 'a provocation'])}, ${random.pick(DETAILS)}.`;
    case 1:
      return `${random.pick(NUMBERS).replace(/^./, (c) => c.toUpperCase())} people were affected by ${random.pick(EVENTS)} ${random.pick(PLACES)}, ${random.pick(DETAILS)}.`;
    case 2:
      return `${opening} ${random.pick(VERBS)} that ${random.pick(ACTORS)} had ${random.pick(['organised', 'funded', 'ignored', 'condemned', 'welcomed', 'planned'])} ${random.pick(EVENTS)} ${random.pick(TIMES)}.`;
    case 3:
      return `“We ${random.pick(['will not accept', 'strongly condemn', 'fully support', 'are closely following', 'have no information about'])} ${random.pick(EVENTS)},” ${random.pick(ACTORS)} ${random.pick(VERBS)} ${random.pick(PLACES)}.`;
    case 4:
      return `${random.pick(TIMES).replace(/^./, (c) => c.toUpperCase())}, ${random.pick(ACTORS)} ${random.pick(VERBS)} that ${random.pick(NUMBERS)} suspects linked to ${random.pick(EVENTS)} had been ${random.pick(['detained', 'released', 'charged', 'questioned', 'sentenced'])} ${random.pick(PLACES)}.`;
    default:
      return `${opening} ${random.pick(VERBS)} that ${random.pick(EVENTS)} and ${random.pick(EVENTS)} were connected, ${random.pick(DETAILS)}; ${random.pick(ACTORS)} ${random.pick(['rejected', 'did not comment on', 'welcomed', 'questioned'])} the claim ${random.pick(TIMES)}.`;
  }
}

function sentence(random: Random): string {
  const roll = random.next();
  if (roll < 0.04) return random.pick(AZERBAIJANI);
  if (roll < 0.07) return random.pick(PERSIAN);
  return englishSentence(random);
}

export interface GeneratedArticle {
  readonly text: string;
  /** [start, end) of every sentence, in text order. */
  readonly sentences: readonly { readonly start: number; readonly end: number }[];
}

/** An article of exactly `length` UTF-16 code units or a little less (never more). */
export function generateArticle(random: Random, length: number): GeneratedArticle {
  let text = '';
  const sentences: { start: number; end: number }[] = [];
  for (;;) {
    const count = random.int(1, 4);
    let paragraph = '';
    const pending: { start: number; end: number }[] = [];
    const base = text.length === 0 ? 0 : text.length + 2;
    for (let i = 0; i < count; i += 1) {
      const next = sentence(random);
      const start = base + paragraph.length + (paragraph ? 1 : 0);
      paragraph += (paragraph ? ' ' : '') + next;
      pending.push({ start, end: start + next.length });
    }
    const joined = text.length === 0 ? paragraph : `${text}\n\n${paragraph}`;
    if (joined.length > length) return { text, sentences };
    text = joined;
    sentences.push(...pending);
  }
}
