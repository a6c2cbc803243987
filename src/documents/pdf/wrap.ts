/**
 * Line breaking for Chinese text. Chinese has no spaces, so a line may break after any ideograph; runs of
 * Latin letters and digits (case numbers, phone numbers, URLs) stay whole unless longer than a line. The
 * rules of 标点符号用法 (GB/T 15834-2011) apply: no closing punctuation at the start of a line and no
 * opening punctuation at its end (避头尾); the character before is pushed down instead.
 */

/** One laid-out line; `first` opens a paragraph; `justify` is false on its last line, which stays ragged. */
export interface WrappedLine {
  readonly text: string;
  readonly width: number;
  readonly first: boolean;
  readonly justify: boolean;
}

/** Measures the width of a string in the current font and size. */
export type Measure = (text: string) => number;

const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕〉”’…—·%,.;:?!)]}']);
const NO_LINE_END = new Set([...'（《「『【〔〈“‘([{']);
// A Latin/digit run with the joiners found in numbers, phones and URLs; whitespace; or one code point.
const TOKEN = /[A-Za-z0-9][A-Za-z0-9.\-_/:@%#?=&+~]*|\s+|[\s\S]/gu;

/** Breaks text into lines no wider than `width`; `indent` narrows each paragraph's first line (首行缩进). */
export function wrapText(text: string, width: number, measure: Measure, indent = 0): WrappedLine[] {
  return text.split('\n').flatMap((paragraph) => wrapParagraph(paragraph, width, measure, indent));
}

function wrapParagraph(paragraph: string, width: number, measure: Measure, indent: number): WrappedLine[] {
  const lines: WrappedLine[] = [];
  const queue = paragraph.match(TOKEN) ?? [];
  let current: string[] = [];
  const limit = (): number => width - (lines.length === 0 ? indent : 0);
  const widthOf = (tokens: readonly string[]): number => measure(tokens.join(''));
  const flush = (justify: boolean): void => {
    while (current.length > 0 && /^\s+$/.test(current[current.length - 1] ?? '')) current.pop();
    const lineText = current.join('');
    lines.push({ text: lineText, width: measure(lineText), first: lines.length === 0, justify });
    current = [];
  };

  for (let i = 0; i < queue.length; i += 1) {
    const token = queue[i] ?? '';
    if (current.length === 0 && /^\s+$/.test(token)) continue;
    if (widthOf([...current, token]) <= limit()) {
      current.push(token);
      continue;
    }
    if (measure(token) > limit() && token.length > 1) {
      // A run longer than a line (a long URL) is broken by character after all.
      queue.splice(i, 1, ...Array.from(token));
      i -= 1;
      continue;
    }
    const carried: string[] = [];
    if (NO_LINE_START.has(firstChar(token)) && current.length > 1) carried.unshift(current.pop() ?? '');
    while (current.length > 1 && NO_LINE_END.has(lastChar(current[current.length - 1] ?? ''))) {
      carried.unshift(current.pop() ?? '');
    }
    if (current.length === 0) {
      current = [token];
      continue;
    }
    flush(true);
    current = [...carried, token];
  }
  flush(false);
  return lines;
}

function firstChar(token: string): string {
  return Array.from(token)[0] ?? '';
}

function lastChar(token: string): string {
  return Array.from(token).pop() ?? '';
}
