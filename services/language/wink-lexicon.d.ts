/** wink-lexicon ships no types; the spelling reader uses its word list, the tokeniser its tags (a possessive "'s"). */
declare module 'wink-lexicon' {
  const winkLexicon: { lexicon: Record<string, unknown> };
  export default winkLexicon;
}
