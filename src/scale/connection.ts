// A PostgreSQL connection string as readout may print it: with every password hidden. No import of the driver, so
// the command line can mask a URL it echoes without loading it.

// Where a connection string holds a password, in every form node-postgres and libpq read.
// A URL's `user:password@`: the user is kept (group 1). A password may be typed as it is, with `@`, `/`, `?` or `#` in
// it (the URL then parses otherwise, or not at all, but the password is still the user's): it runs to the first `@`,
// and on to each later `@` before a `?` (the query, which may hold an `@` of its own). So a URL without a password but
// with a port and an `@` in its query shows `***` from the port to that `@`: more hidden, never less.
const USER_PASSWORD = /(\/\/[^:/?#]*):[^@]*@(?:[^?@]*@)*/u;
// A URL's query parameter `password` (or `sslpassword`, the client key's), whatever its case.
const PASSWORD_PARAMETER = /^(?:ssl)?password=/iu;
// A key/value connection string's `password = value` (libpq: spaces around `=`; a value in single quotes may hold
// spaces and `\'`; one without takes `\` escapes) (group 1: what comes before it, start or a space; 2: the name).
const KEYWORD_PASSWORD = /(^|\s)((?:ssl)?password)\s*=\s*(?:'(?:\\.|[^'\\])*'?|(?:\\.|[^\s\\])+|(?=\s|$))/gu;

/** What stands for a password in messages. */
const MASK = '***';

/** A URL's query (from its first `?`, which no password precedes any more, to its `#`) with each password parameter hidden. */
function hideQueryPasswords(url: string, mask: string): string {
  const start = url.indexOf('?');
  if (start < 0) return url;
  const end = url.includes('#', start) ? url.indexOf('#', start) : url.length;
  const parameters = url.slice(start + 1, end).split('&')
    .flatMap((parameter) => (PASSWORD_PARAMETER.test(parameter) ? (mask ? [`${parameter.slice(0, parameter.indexOf('='))}=${mask}`] : []) : [parameter]));
  return `${url.slice(0, start)}${parameters.length ? `?${parameters.join('&')}` : ''}${url.slice(end)}`;
}

/**
 * The connection string (a URL or key/value pairs) with every password in it hidden: replaced by `mask`, or, when
 * `mask` is empty, left out with its name and separator. The one place that knows where a password can be.
 */
function hidePasswords(connection: string, mask: string): string {
  return hideQueryPasswords(connection.replace(USER_PASSWORD, mask ? `$1:${mask}@` : '$1@'), mask)
    .replace(KEYWORD_PASSWORD, (_, before: string, name: string) => (mask ? `${before}${name}=${mask}` : ''))
    .trim();
}

/** The connection string with every password masked, for messages and logs. */
export function redacted(connection: string): string {
  return hidePasswords(connection, MASK);
}

/** The connection string with every password left out, for a command to give: libpq then takes it from PGPASSWORD or ~/.pgpass. */
export function withoutPassword(connection: string): string {
  return hidePasswords(connection, '');
}
