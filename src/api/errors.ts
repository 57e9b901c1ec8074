// The API's coded errors. Every failure a client sees is `{error: {code, message}}` with a stable code; nothing
// internal (stack traces, SQL, file paths) ever reaches the response.
import { ReadoutError, type ErrorCode } from '../errors.js';

/** Error codes only the HTTP API gives, with what each means. */
export const API_ERROR_CODES = {
  E_PARAM: 'a query parameter, path parameter or body field is not valid',
  E_PAGE_TOO_LARGE: 'more results per page were asked for than the server gives',
  E_BODY_JSON: 'the request body is not a JSON object',
  E_BODY_TOO_LARGE: 'the request body is larger than the server accepts',
  E_MEDIA_TYPE: 'the request body must be sent as application/json',
  E_ROUTE: 'no such route',
  E_METHOD: 'the route does not accept this method',
  E_HOST: 'the Host header names a server this one is not',
  E_BUSY: 'the server is reading as many documents as it queues; try again shortly',
} as const;

/** A code an API error can carry: the API's own or one of readout's. */
export type ApiErrorCode = keyof typeof API_ERROR_CODES | ErrorCode;

/** An error meant for the client: an HTTP status, a stable code and a message that names the problem. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  /** The parameter or body field at fault, when there is one. */
  readonly param?: string;

  constructor(status: number, code: ApiErrorCode, message: string, param?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    if (param !== undefined) this.param = param;
  }
}

/** The JSON body of every error response. */
export interface ErrorBody {
  error: { code: ApiErrorCode; message: string; param?: string };
}

/** HTTP statuses for readout's own error codes when they reach the API (input errors are the client's). */
const STATUS_OF_CODE: Partial<Record<ErrorCode, number>> = {
  E_NOT_FOUND: 404,
  E_USAGE: 400,
  E_INPUT_TOO_LARGE: 413,
  E_INPUT_EMPTY: 422,
  E_INPUT_BINARY: 422,
  E_INPUT_ENCODING: 422,
  E_INPUT_DATE: 400,
  E_INPUT_FORMAT: 400,
  E_INPUT_FIELD: 400,
  E_HTML_NO_ARTICLE: 422,
  E_TIMEOUT: 503,
  E_STORE: 503,
};

/** The HTTP status of a document error a reader gave (E_INPUT_EMPTY is 422, E_TIMEOUT 503, ...). */
export function documentError(error: { code: string; message: string }): ApiError {
  const status = STATUS_OF_CODE[error.code as ErrorCode] ?? 500;
  if (status === 500) return new ApiError(500, 'E_INTERNAL', 'readout: the server failed on this document; it has been logged');
  return new ApiError(status, error.code as ErrorCode, error.message);
}

/**
 * Turns anything thrown while answering into a status and a body. Unknown failures become a bare E_INTERNAL: their
 * message may hold paths or SQL, so it goes to the server's log (through `log`) and not to the client.
 */
export function errorResponse(error: unknown, log: (error: unknown) => void): { status: number; body: ErrorBody } {
  if (error instanceof ApiError) {
    return { status: error.status, body: { error: { code: error.code, message: error.message, ...(error.param ? { param: error.param } : {}) } } };
  }
  if (error instanceof ReadoutError && STATUS_OF_CODE[error.code] !== undefined) {
    // E_STORE messages name the store's path; the client learns only that the store is unavailable.
    const message = error.code === 'E_STORE' ? 'readout: the store cannot be read just now' : error.message;
    if (error.code === 'E_STORE') log(error);
    return { status: STATUS_OF_CODE[error.code]!, body: { error: { code: error.code, message } } };
  }
  log(error);
  return { status: 500, body: { error: { code: 'E_INTERNAL', message: 'readout: the server failed on this request; it has been logged' } } };
}
