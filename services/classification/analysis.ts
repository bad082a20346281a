/**
 * Text analysis beside classification (docs/architecture.md 8): personal details in what a resident wrote (so an anonymous
 * report can have them removed) and the language they wrote in (so interpreted support lines can be offered).
 * Embedded implementation: embedded/textAnalyser.ts; Azure AI Language: azure/azureLanguage.ts.
 */
export interface PersonalDetail {
  kind: 'phone' | 'email';
  /** UTF-16 offset and length in the text, as JavaScript strings count. */
  offset: number;
  length: number;
}

export interface DetectedLanguage {
  /** ISO 639-1 where one exists (pl, ro, lt...), else ISO 639-3. */
  code: string;
  /** English name, e.g. "Polish". */
  name: string;
}

export interface TextAnalyser {
  personalDetails(text: string): Promise<PersonalDetail[]>;
  /** Undefined when the text is too short or the language cannot be told. */
  detectLanguage(text: string): Promise<DetectedLanguage | undefined>;
}

export const REMOVED = '[removed]';

/** Replaces exactly the given spans (overlaps merged) with "[removed]". */
export function removeSpans(text: string, spans: readonly PersonalDetail[]): string {
  const sorted = [...spans].sort((a, b) => a.offset - b.offset);
  let out = '';
  let at = 0;
  for (const span of sorted) {
    const start = Math.max(span.offset, at);
    const end = span.offset + span.length;
    if (end <= at) continue;
    out += text.slice(at, start) + (start === span.offset ? REMOVED : '');
    at = end;
  }
  return out + text.slice(at);
}

export const spanText = (text: string, span: PersonalDetail) => text.slice(span.offset, span.offset + span.length);
