/** Fixed texts for the Node/browser parity test (Arabic with variants, English, tiny, empty). */
export const FIXTURE_TEXTS = [
  'أعلنت وزارة الدفاع الروسية اليوم أن قواتها صدت هجوما واسعا في منطقة كورسك الحدودية بعد معارك استمرت ساعات',
  'أعلنت وزارة الدفاع الروسية اليوم أن قواتها صدت هجوما واسعا في منطقة كورسك الحدودية بعد معارك استمرت ساعات طويلة',
  'أعلنت وزارة الدفاع الروسيّة اليوم أنّ قواتها صدّت هجوماً واسعاً في منطقة كورسك الحدوديـة',
  'The quick brown fox jumps over the lazy dog while the band plays on in the square.',
  'كلمتان فقط',
  '',
  'ﻻ إله إلا الله — ＡＢＣ 𝐀𝐁𝐂 😀 emoji and astral planes',
]
