/** Types for wink-lemmatizer 3 (it ships none): each function returns the base form, or the word itself. */
declare module 'wink-lemmatizer' {
  export function noun(word: string): string;
  export function verb(word: string): string;
  export function adjective(word: string): string;
}
