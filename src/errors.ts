/** Stable error codes: users and tests match on these, never on message wording. */
export const ERROR_CODES = {
  E_INPUT_EMPTY: 'the document has no text',
  E_INPUT_BINARY: 'the input looks like binary data, not text',
  E_INPUT_ENCODING: 'the input is not valid text in any encoding readout recognises',
  E_INPUT_TOO_LARGE: 'the document is larger than the size cap',
  E_INPUT_NOT_OBJECT: 'a JSONL line is not a JSON object',
  E_INPUT_JSON: 'a JSONL line is not valid JSON',
  E_INPUT_FIELD: 'a JSONL field has the wrong type or is missing',
  E_INPUT_FILE: 'an input file cannot be read',
  E_INPUT_DATE: 'a date is not a valid ISO 8601 date',
  E_INPUT_FORMAT: 'the input format is not one readout knows',
  E_HTML_NO_ARTICLE: 'the page holds no article text',
  E_TIMEOUT: 'the document took longer than the per-document time cap',
  E_MEMORY: 'the document needs more memory than a worker may use',
  E_STAGE_ORDER: 'a stage requires a layer no earlier stage provides',
  E_STAGE_DUPLICATE: 'two stages provide the same layer',
  E_LEXICON_INVALID: 'a bundled or user data file is empty or malformed',
  E_USAGE: 'the command line is not valid',
  E_INTERNAL: 'readout failed on this document; please report it',
  E_STORE: 'the store cannot be opened or written',
  E_NOT_FOUND: 'no such item',
} as const;

/** One of readout's stable error codes. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** An error value with a stable code; the message names readout and the problem. */
export class ReadoutError extends Error {
  readonly code: ErrorCode;
  readonly detail: string;

  constructor(code: ErrorCode, detail?: string) {
    super(`readout: ${ERROR_CODES[code]}${detail ? `: ${detail}` : ''}`);
    this.name = 'ReadoutError';
    this.code = code;
    this.detail = detail ?? '';
  }
}

/** The `{code, message}` form an error takes in results and API responses. */
export interface ErrorInfo {
  code: ErrorCode;
  message: string;
}

/** Turns anything thrown into a coded error; unknown failures become E_INTERNAL without a stack trace. */
export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof ReadoutError) return { code: error.code, message: error.message };
  const what = error instanceof Error ? error.message : String(error);
  return { code: 'E_INTERNAL', message: `readout: ${ERROR_CODES.E_INTERNAL}: ${what}` };
}
