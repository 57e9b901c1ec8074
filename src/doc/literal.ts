// Literal text inside regular expressions, one escaping for every stage that builds a pattern from words in its data.

/** `text` with every character that means something in a regular expression escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** A phrase as a pattern: escaped, any white space inside matching any run of white space, either apostrophe. */
export function loosePhrase(text: string): string {
  return escapeRegExp(text).replace(/\s+/gu, '\\s+').replace(/['’]/gu, "['’]");
}
