/** wink-lexicon ships no types; the spelling reader uses its word list only. */
declare module 'wink-lexicon' {
  const winkLexicon: { lexicon: Record<string, unknown> };
  export default winkLexicon;
}
