/**
 * Closed word classes of Arabic news prose that the extractor reads as evidence: titles and role
 * words before a person's name, head nouns of organisation names, media cue words, and function
 * words that never start or continue a name. Written in ordinary spelling and matched in the
 * search-normalized one (alef folded, ى → ي, ة → ه, no diacritics); article and proclitics
 * stripped unless noted.
 * @module
 */

import { normalize } from '@nuqta/normalize'

/** A word set written in ordinary spelling, folded to search spelling on first use. */
class FoldedWords {
  readonly #source: string
  #words: Set<string> | undefined
  constructor(source: string) {
    this.#source = source
  }
  /** Whether the set holds `word` (search spelling). */
  has(word: string): boolean {
    if (!this.#words) {
      this.#words = new Set(this.#source.split(' ').map((w) => normalize(w, { profile: 'search' })))
    }
    return this.#words.has(word)
  }
}

const set = (words: string): FoldedWords => new FoldedWords(words)

/**
 * Titles and role nouns that introduce a person (without ال): الرئيس فلاديمير بوتين، وزير الخارجية
 * أنتوني بلينكن، المتحدث باسم الوزارة إيجور كوناشينكوف.
 */
export const PERSON_TITLES = set(
  'رئيس رييس رئيسه ملك ملكه امير اميره شيخ سلطان وزير وزيره نائب سفير سفيره مستشار مستشاره متحدث ناطق ' +
    'متحدثه ناطقه زعيم زعيمه قائد جنرال لواء عقيد عميد فريق مشير مدير مديره امين حاكم محافظ عمده ' +
    'رئيسا نظير نظيره نظيرها مندوب مبعوث منسق قاضي مدعي بابا كاردينال مفتي امام سيناتور نائبه ' +
    'مراسل صحفي كاتب مفاوض ممثل',
)

/** Adjectives of rank that may sit between a title and a name (الرئيس السابق، الأمين العام). */
export const TITLE_MODIFIERS = set('سابق اسبق حالي عام اول اعلي تنفيذي منتخب مكلف بالوكاله')

/**
 * Head nouns that open an organisation name: وزارة الدفاع، منظمة معاهدة الأمن الجماعي، مجلس
 * الشيوخ الأمريكي، وكالة الأنباء.
 */
export const ORG_HEADS = set(
  'وزاره منظمه مجلس وكاله حلف اتحاد جامعه حزب هييه هيئه لجنه موسسه مؤسسه شركه بنك مصرف صندوق ' +
    'جمعيه حركه جبهه محكمه برلمان كونغرس كونجرس مكتب اداره مركز معهد اكاديميه نقابه رابطه ' +
    'تحالف صحيفه قناه اذاعه شبكه مجموعه كتيبه فيلق ميليشيا',
)

/** Organisation heads that need a following name word to be an organisation (not a bare noun). */
export const WEAK_ORG_HEADS = set('مركز مكتب اداره مجموعه شبكه مجلس')

/**
 * Words that announce a media organisation (قناة روسيا اليوم، وفقا لوكالة تاس، نقلت روسيا اليوم):
 * nouns of media and verbs of reporting.
 */
export const MEDIA_CUES = set(
  'قناه وكاله صحيفه موقع شبكه اذاعه تلفزيون نقلت نقل ذكرت ذكر افادت افاد اوردت اورد بثت بث ' +
    'حسبما بحسب وفقا وفق نشرت نشر قالت',
)

/**
 * Nouns that announce a place name after them (بمدينة جوميل، مناطق كورسك، محور بيريستوفوي).
 */
export const PLACE_CUES = set(
  'مدينه مدينتي مدن منطقه مناطق مقاطعه اقليم بلده قريه عاصمه محافظه ولايه محور جزيره ميناء مطار',
)

/** Words after a media name that confirm it (روسيا اليوم الإخبارية). */
export const MEDIA_AFTER = set('الاخباريه الاخباري الفضاييه الروسيه للانباء الرسميه')

/** Function words: never part of a name (prepositions, conjunctions, pronouns, particles). */
export const FUNCTION_WORDS = set(
  'في من الي علي عن مع بين بعد قبل حتي منذ خلال عند لدي نحو ضد دون حول عبر وفق وفقا ان انه انها ' +
    'لكن او ام ثم بل لا لم لن ما ماذا هل قد كان كانت يكون تكون هو هي هم هن نحن انا انت هذا هذه ' +
    'ذلك تلك الذي التي الذين اللذين كل بعض غير سوي اي كما اذا لو لان حيث بينما فيما ايضا كذلك ' +
    'امس اليوم غدا الان يوم عام شهر اسبوع مساء صباح اكثر اقل نفس كيف متي اين لماذا ليس ليست ' +
    'قال قالت اكد اكدت اعلن اعلنت اضاف اضافت تابع تابعت اوضح اوضحت اشار اشارت وقال وقالت ' +
    'بهدف جانب جانبه اطار ظل حال بشان شان ازاء مثل عدد جميع لدي امام وراء فوق تحت داخل خارج ' +
    'اني انني انا انه انهم انها لانه كبير كبار رفيع بارز جديد جديده سابق اخر اخري عدم',
)

/** Weekday and month names (not entities in this package). */
export const DATE_WORDS = set(
  'السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه يناير فبراير مارس ابريل مايو يونيو يوليو ' +
    'اغسطس سبتمبر اكتوبر نوفمبر ديسمبر كانون شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين',
)

/**
 * Suffixes of the nisba (relational adjective: روسي، أوكرانية، أمريكيون) in search spelling,
 * longest first.
 */
export const NISBA_SUFFIXES = ['يتين', 'يتان', 'يون', 'يين', 'يان', 'يه', 'ي'] as const

/** Whether a search-normalized word is a date word (weekday or month). */
export function isDateWord(word: string): boolean {
  return DATE_WORDS.has(word) || DATE_WORDS.has(`ال${word}`)
}

export type { FoldedWords }
