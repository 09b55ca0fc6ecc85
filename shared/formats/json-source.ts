/**
 * Reading JSON and JSON Lines files with errors that say where: the line and column of a syntax
 * error, whether the file was cut short, and the line on which any value starts.
 */
import { printParseErrorCode, visit } from 'jsonc-parser';
import type { JsonPath, LineLocator, ProblemLog } from './problems';
import { pathKey } from './problems';

const syntaxProblems: Record<string, string> = {
  InvalidSymbol: 'an unexpected character',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a property name is missing',
  ValueExpected: 'a value is missing',
  ColonExpected: 'a colon is missing',
  CommaExpected: 'a comma is missing',
  CloseBraceExpected: 'a closing brace is missing',
  CloseBracketExpected: 'a closing bracket is missing',
  EndOfFileExpected: 'text follows the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed',
  UnexpectedEndOfComment: 'a comment is not closed',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'a malformed \\u escape',
  InvalidEscapeCharacter: 'an invalid escape sequence',
  InvalidCharacter: 'a control character inside a string',
};

interface SyntaxProblem {
  code: string;
  offset: number;
  length: number;
  line: number;
  column: number;
}

function firstSyntaxProblem(text: string): SyntaxProblem | undefined {
  let found: SyntaxProblem | undefined;
  visit(
    text,
    {
      onError: (error, offset, length, line, column) => {
        found ??= { code: printParseErrorCode(error), offset, length, line, column };
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return found;
}

/**
 * Parses JSON text, or records why it cannot be parsed (truncated, or invalid at a line and
 * column) and returns undefined. `firstLine` is the line of the file on which `text` starts;
 * `endsFile` says whether the text runs to the end of the file: only then is a value cut short
 * a sign that the file was truncated.
 */
export function parseJsonText(text: string, log: ProblemLog, firstLine = 1, endsFile = true): unknown {
  try {
    return JSON.parse(text);
  } catch (failure) {
    if (text.trim() === '') {
      log.error('truncated', 'the file is empty', { line: firstLine });
      return undefined;
    }
    const problem = firstSyntaxProblem(text);
    if (!problem) {
      log.error('invalid_json', `not valid JSON: ${String(failure)}`, { line: firstLine });
      return undefined;
    }
    const line = firstLine + problem.line;
    const what = syntaxProblems[problem.code] ?? problem.code;
    // An unclosed string is reported where it opens; when it runs to the end, the end is missing.
    const end = problem.code === 'UnexpectedEndOfString' ? problem.offset + problem.length : problem.offset;
    if (end < text.trimEnd().length) log.error('invalid_json', `not valid JSON: ${what} at column ${problem.column + 1}`, { line });
    else if (endsFile) log.error('truncated', `the file ends in the middle of a JSON value (${what}): it looks truncated`, { line });
    else log.error('invalid_json', `not valid JSON: the line ends in the middle of a value (${what})`, { line });
    return undefined;
  }
}

/** A locator for JSON text: finds the line on which each asked-for object or array starts. */
export function jsonLineLocator(text: string): LineLocator {
  return (paths: readonly JsonPath[]) => {
    const wanted = new Set(paths.map(pathKey));
    const lines = new Map<string, number>();
    const note = (line: number, pathSupplier: () => JsonPath) => {
      const key = pathKey(pathSupplier());
      if (wanted.has(key)) lines.set(key, line + 1);
    };
    visit(text, {
      onObjectBegin: (_offset, _length, line, _column, pathSupplier) => note(line, pathSupplier),
      onArrayBegin: (_offset, _length, line, _column, pathSupplier) => note(line, pathSupplier),
    });
    return lines;
  };
}

/** One non-blank line of a JSON Lines file with its 1-based line number. */
interface JsonLine {
  line: number;
  text: string;
  /** Whether this is the file's last line and the file does not end with a newline. */
  unterminated: boolean;
}

/** The non-blank lines of a JSON Lines file; a `\r` before each `\n` is dropped. */
function* jsonLines(content: string): Generator<JsonLine> {
  let start = 0;
  let line = 1;
  while (start < content.length) {
    const newline = content.indexOf('\n', start);
    const end = newline === -1 ? content.length : newline;
    const text = content.slice(start, end).replace(/\r$/, '');
    if (text.trim() !== '') yield { line, text, unterminated: newline === -1 };
    start = end + 1;
    line++;
  }
}

/**
 * Parses each line of a JSON Lines file, recording unparseable lines; a last line cut short with
 * no newline after it is reported as the end of a truncated file.
 */
export function* parseJsonLines(content: string, log: ProblemLog): Generator<{ line: number; value: unknown }> {
  for (const { line, text, unterminated } of jsonLines(content)) {
    if (log.full) return;
    const before = log.errorCount;
    const value = parseJsonText(text, log, line, unterminated);
    if (log.errorCount === before) yield { line, value };
  }
}
