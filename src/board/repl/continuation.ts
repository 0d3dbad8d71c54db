// Decides whether a REPL line needs more input (MicroPython's mp_repl_continue_with_input rules).

const COMPOUND_KEYWORDS = ["if", "while", "for", "try", "with", "def", "class", "async"];

function startsWithWord(input: string, word: string): boolean {
  return input.startsWith(word) && !/[A-Za-z0-9_]/.test(input.charAt(word.length));
}

/** True when `input` (lines joined by \n) is an unfinished statement: open brackets, triple quotes, a trailing backslash, or a compound statement not yet ended by an empty line. */
export function continueWithInput(input: string): boolean {
  if (input.length === 0) return false;
  const compound = input[0] === "@" || COMPOUND_KEYWORDS.some((w) => startsWithWord(input, w));
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quote) {
      if (c === "\\") i++;
      else if (quote.length === 3 ? input.startsWith(quote, i) : c === quote) {
        i += quote.length - 1;
        quote = null;
      }
      continue;
    }
    if (c === "#") {
      while (i < input.length && input[i] !== "\n") i++;
    } else if (c === "'" || c === '"') {
      quote = input.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      i += quote.length - 1;
    } else if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
  }
  if (quote && quote.length === 3) return true;
  if (depth > 0) return true;
  if (input.endsWith("\\")) return true;
  return compound && !input.endsWith("\n");
}
