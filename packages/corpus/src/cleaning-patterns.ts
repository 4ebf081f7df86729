/**
 * Every regular expression used by cleaning (mojibake repair and boilerplate labelling), each with a
 * doc line. All carry the `u` flag and are linear on adversarial input (eslint-plugin-regexp and
 * redos-detector check them). None names a corpus file.
 * @module
 */

/**
 * Cheap scan for text that may hold mojibake: a C1 control, a UTF-8 lead byte read as Windows-1252 /
 * Latin-1 followed by a continuation byte read the same way, a lead with a lost continuation (space,
 * `?`, U+FFFD), UTF-8 Arabic read as Windows-1256 (`ط§`), Windows-1256/ISO-8859-6 Arabic read as
 * Latin-1 (three Latin-1 letters in a row), or MacRoman / Windows-125x / CP437 lead-continuation
 * pairs. Clean Arabic and English news never matches, so it is the whole cost of cleaning clean text.
 */
export const MOJIBAKE_HINT =
  /[\u0080-\u009f]|[\u00c2-\u00f4][\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|[\u00c2-\u00f4]\ufffd|[\u00c2\u00c3\u00e2][ ?]|[\u0637\u0638][\u067e\u0686\u0698\u06a9\u06af\u0679\u0688\u0691\u06ba\u00a2-\u00bf\u20ac\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u2039\u0152\u2018-\u201d\u2022\u2013\u2014\u2122\u203a\u0153\u200c\u200d]|[\u00c0-\u00ff]{3}|[\u0100-\u017f\u0192\u2248\u2206\u221a\u25ca\u2500-\u25a0\u03b1-\u03c6\u0402-\u045f][\u00a0-\u00ff\u0100-\u017f\u0192\u02c7-\u02dd\u2013-\u2122\u2190-\u2265\u2500-\u25a0\u03c0\u03a9\u0402-\u045f\ufb01\ufb02]/u

/**
 * A spaced, lossy UTF-8 run (the bytes of a general-punctuation character such as an em dash whose
 * third byte was lost, followed by no-break spaces whose second byte became a space): `â € Â Â`.
 * Stands alone between whitespace. Group 1 holds the trailing `Â`/`Ã` tokens.
 */
export const SPACED_LOSSY_RUN = /(?<!\S)\u00e2 ?[\u20ac\u0080]((?: ?[\u00c2\u00c3])*)(?!\S)/gu

/** Runs of characters that are not ASCII whitespace: the words the mojibake repairer looks at. */
export const NON_SPACE_RUN = /[^\t\n\r ]+/gu

/** A letter in any script. */
export const LETTER = /\p{L}/u

/** A lower-case letter in any script. */
export const LOWER_LETTER = /\p{Ll}/u

/*
 * The boilerplate patterns below are matched against the line in lower case (redos-detector cannot
 * check the `i` flag together with `u`), so they are written in lower case.
 */

/**
 * A "recent comments" widget line: a commenter (one to three tokens, a user name or a URL) then
 * ` in: ` / ` on: ` and the title of the post commented on (`admin in: How the … ?`), or the Arabic
 * forms `فلان على: …` / `فلان في: …`.
 */
export const COMMENT_WIDGET =
  /^(?:https?:\/\/\S{1,300}|[^\s:]{1,40}(?: [^\s:]{1,40}){0,2}) (?:in|on|على|في): \S/u

/** Opening of a spam or comment body typical of blog comment widgets and comment spam. */
export const COMMENT_SPAM_OPENING =
  /^(?:hello there|hi there|hey there|great (?:article|post|blog)|nice (?:article|post|blog)|thanks for (?:sharing|the post)|i (?:really )?(?:like|love|enjoyed) (?:this|your) (?:post|article|blog)|just (?:became aware|came across|found) (?:of )?your blog|مقال رائع|شكرا على المقال)/u

/** A URL anywhere in a line (its host). */
export const URL_IN_LINE = /https?:\/\/[^\s/]{1,253}/u

/** Words in a host name or URL path that mark pharmacy, casino, loan or adult spam. */
export const SPAM_URL_WORD =
  /viagra|cialis|sildenafil|tadalafil|levitra|pharma|pills|casino|poker|betting|payday|loans?-|replica|porn|xxx|escort/u

/** A line that is nothing but a URL. */
export const BARE_URL = /^(?:https?:\/\/|www\.)\S{1,2000}$/u

/** "Read also" / related-article markers that open a line, in Arabic and English. */
export const READ_ALSO =
  /^(?:[-–—•*|»«>] ?)?(?:(?:اقرأ|إقرأ|اقرا|إقرا|طالع|شاهد|تابع) (?:أيضا|ايضا|المزيد|كذلك)|(?:مواضيع|أخبار|اخبار|مقالات|موضوعات) (?:ذات صلة|متعلقة|مقترحة)|read (?:also|more)|see also|related(?: articles?| stories| coverage| news)?:|more from|recommended(?: for you)?:|you may also like|also read)/u

/** Share, follow, subscribe and newsletter calls, in Arabic and English. */
export const SHARE_SUBSCRIBE =
  /^(?:share (?:this|on)|share:|tweet\b|email this|print this|follow us\b|subscribe\b|sign up (?:for|to)|join our (?:newsletter|mailing)|click here|download (?:our|the) app|شارك(?:ها)? (?:على|عبر)|مشاركة (?:عبر|على)|مشاركة:|تابعونا|تابعنا على|اشترك(?: الآن)? في|للاشتراك في|حمل تطبيق|اضغط هنا|انقر هنا)/u

/** Separators between share-target names in a line like `Facebook | Twitter | WhatsApp`. */
export const SHARE_TARGET_SEPARATOR = /[ |,،·•/]+/u

/** Navigation lines: breadcrumbs and next/previous/back links. */
export const NAVIGATION =
  /^(?:(?:home|الرئيسية) ?[>»›/|]|(?:next|previous) (?:article|story|post)|back to top|skip to (?:main )?content|(?:المقال|الخبر|الموضوع) (?:التالي|السابق)|العودة إلى الأعلى)/u

/** Cookie and privacy notices. */
export const COOKIE_NOTICE =
  /we use cookies|this (?:site|website) uses cookies|cookie policy|accept (?:all )?cookies|ملفات تعريف الارتباط|سياسة الكوكيز|نستخدم الكوكيز/u

/** Copyright and rights lines. */
export const COPYRIGHT = /^(?:©|\(c\)|copyright )|all rights reserved|جميع الحقوق محفوظة/u

/** Agency trailers and Arabic bylines that open a line (`(Reporting by …)`, `كتب: …`). */
export const BYLINE =
  /^\(?(?:reporting by|writing by|editing by|additional reporting by|by) |^(?:كتب|كتبت|بقلم|إعداد|تحرير) ?:/u

/** Photo credits that open a line (`Photo: …`, `(AFP Photo)`, `صورة أرشيفية`). */
export const PHOTO_CREDIT =
  /^\(?(?:(?:photo|image|picture|credit|photograph)(?: by| credit)? ?:|(?:getty images|afp|reuters|ap) ?(?:photo|\/)|(?:صورة|الصورة|صور) ?(?:أرشيفية|ارشيفية|:))/u

/** One character that ends a sentence or a quotation (a line ending in one is never a bare heading). */
export const SENTENCE_END_CHAR = /^[.!?؟…:;؛”»"'’)\]]$/u

/** Arabic diacritics and tatweel, removed before comparing words. */
export const ARABIC_MARKS = /[\u064b-\u065f\u0670\u0640]/gu

/** Word-like tokens (letters and digits) for comparing a headline with the sentence after it. */
export const WORD_TOKEN = /[\p{L}\p{N}]+/gu

/** `By ` (optionally after an opening parenthesis) at the start of a lower-cased line. */
export const BY_PREFIX = /^\(?by /u

/** Parentheses, removed from a byline before looking at its names. */
export const PARENS = /[()]/gu

/** A word that starts with an upper-case letter. */
export const UPPER_START = /^\p{Lu}/u

/** Alef with hamza or madda, folded to bare alef when comparing Arabic words. */
export const ALEF_VARIANTS = /[أإآ]/gu

/** Alef maqsura, folded to yeh when comparing Arabic words. */
export const ALEF_MAQSURA = /ى/gu

/** Teh marbuta, folded to heh when comparing Arabic words. */
export const TEH_MARBUTA = /ة/gu

/** Headers of sidebar widgets (`Recent Comments`, `الأكثر قراءة`) standing alone on a line. */
export const WIDGET_HEADER =
  /^(?:recent (?:comments|posts)|most (?:read|popular|viewed)|trending(?: now)?|popular posts|الأكثر (?:قراءة|مشاهدة|تداولا)|أحدث التعليقات|آخر التعليقات|التعليقات الأخيرة|آخر الأخبار|أخبار ذات صلة|مواضيع ذات صلة|اقرأ أيضا|اقرأ أيضاً)\s?:?$/u

/** An advertisement or sponsored-content label standing alone on a line. */
export const AD_LABEL =
  /^(?:advertisement|sponsored(?: content)?|إعلان|اعلان|محتوى مدعوم|مساحة إعلانية)$/u

/** Tag and keyword lists (`Tags: Russia, Ukraine`, `الكلمات المفتاحية: …`). */
export const TAGS_LINE =
  /^(?:tags|topics|keywords|الكلمات المفتاحية|كلمات مفتاحية|الوسوم|وسوم|كلمات دالة) ?:/u

/** Comment-section prompts and counters (`Leave a comment`, `Comments (12)`, `اترك تعليقا`). */
export const COMMENTS_PROMPT =
  /^(?:leave a (?:comment|reply)|add a comment|comments? \(\d{1,6}\)|\d{1,6} comments?$|اترك تعليقا|أضف تعليقا|التعليقات \(\d{1,6}\))/u

/** Links to videos and audio (`WATCH: …`, `شاهد: …`, `فيديو: …`). */
export const MEDIA_LINK = /^(?:watch|video|listen|photos|gallery|شاهد|فيديو|بالفيديو|بالصور) ?:/u

/** A source or agency credit line (`المصدر: وكالات`, `Source: Reuters`). */
export const SOURCE_CREDIT = /^(?:المصدر|المصادر|source|sources) ?:/u

/** A follow/subscribe call anywhere in a short line (`لمزيد من الأخبار تابعونا على …`). */
export const FOLLOW_ANYWHERE = /تابعونا|تابعوا صفحتنا|تابعوا قناتنا|follow us on/u

/** Runs of tatweel (U+0640), the Arabic stretching character. */
export const TATWEEL_RUN = /\u0640+/gu
