// One normalisation for every name the knowledge base indexes, so "the U.K.", "UK" and "the uk" meet.

/** Surface forms written in capitals and this short are acronyms, matched case-sensitively ("WHO" is not "who"). */
const MAX_ACRONYM_LENGTH = 5;

/** Folds a name to its lookup form with case kept: accents, curly quotes, dashes, dotted initialisms and a leading "the" removed. */
export function normaliseKeepCase(text: string): string {
  let s = text;
  // Accents and typographic quotes lie outside ASCII: most names skip the costly decomposition.
  if (/[^\x00-\x7f]/.test(s)) s = s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[\u2018\u2019\u02BC\u00B4]/g, "'");
  if (s.includes('`')) s = s.replace(/`/g, "'");
  s = s
    .replace(/[\s\-\u2010-\u2015]+/g, ' ')
    .trim()
    .replace(/^the /i, '');
  if (s.includes('.')) {
    s = s
      // "U.S." and "U.N." are written both ways; drop the dots of single-letter initialisms.
      .replace(/\b\p{L}(?:\.\p{L})+\b\.?/gu, (m) => m.replace(/\./g, ''))
      // A lone initial inside a name ("George W. Bush", "S. Jaishankar") is written with or without its dot.
      .replace(/\b(\p{Lu})\.(?= )/gu, '$1');
  }
  return s.replace(/[.,;:]+$/, '');
}

/** Folds a name to its case-insensitive lookup form: the key of every index and of `KnowledgeBase.lexicon()`. */
export function normaliseName(text: string): string {
  return normaliseKeepCase(text).toLowerCase();
}

/** Whether a (normalised, case-kept) form is an acronym such as "UN", "NATO" or "MoD", which must match case-sensitively. */
export function isAcronym(form: string): boolean {
  if (form.length < 2 || form.length > MAX_ACRONYM_LENGTH || !/^[\p{Lu}\d][\p{L}\d&+]*$/u.test(form)) return false;
  // Two capitals make "MoD" and "AfD" acronyms; "Unicef" and "Chad" stay names.
  return (form.match(/\p{Lu}/gu)?.length ?? 0) >= 2 || /^[\p{Lu}\d&+]+$/u.test(form);
}
