// Fetches from the server's API; failures become errors carrying the server's code and message.

/** An API failure with its code (E_NOT_FOUND, E_PARAM, ...). */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** GETs `/api/<path>` with the given query parameters (empty ones left out) and resolves to the JSON. */
export async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(name, String(value));
  }
  const suffix = query.toString() ? `?${query}` : '';
  let response;
  try {
    response = await fetch(`/api/${path}${suffix}`, { headers: { accept: 'application/json' } });
  } catch {
    throw new ApiError(0, 'E_NETWORK', 'The server cannot be reached.');
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, body?.error?.code ?? 'E_HTTP', body?.error?.message ?? `The server answered ${response.status}.`);
  }
  return body;
}
