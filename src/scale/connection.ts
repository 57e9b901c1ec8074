// A PostgreSQL connection string as readout may print it: with every password hidden. No import of the driver, so
// the command line can mask a URL it echoes without loading it.

// Where a connection string holds a password, in every form node-postgres and libpq read.
// A URL's `user:password@`: the user is kept (group 1). A password may be typed as it is, with `@`, `/`, `?` or `#` in
// it (the URL then parses otherwise, or not at all, but the password is still the user's): it runs to the first `@`,
// and on to each later `@` before a `?` (the query, which may hold an `@` of its own). So a URL without a password but
// with a port and an `@` in its query shows `***` from the port to that `@`: more hidden, never less. Every URL in the
// text is masked: a message may quote one twice.
const USER_PASSWORD = /(\/\/[^:/?#]*):[^@]*@(?:[^?@]*@)*/gu;
// A URL's query parameter `password` (or `sslpassword`, the client key's), whatever its case (group 1: the name).
const PASSWORD_PARAMETER = /^((?:ssl)?password)=/iu;
// A key/value connection string's `password = value` (libpq: spaces around `=`; a value in single quotes may hold
// spaces and `\'`; one without takes `\` escapes) (group 1: what comes before it, start or a space; 2: the name).
const KEYWORD_PASSWORD = /(^|\s)((?:ssl)?password)\s*=\s*(?:'(?:\\.|[^'\\])*'?|(?:\\.|[^\s\\])+|(?=\s|$))/gu;

/** What stands for a password in messages. */
const MASK = '***';

// A URL's query: from a `?` to the `#`, space or `"` that ends it (none of them is a URL character), so a message
// quoting a URL keeps the words after it. Each `?` starts one: a password before it is already masked.
const QUERY = /\?[^#\s"]*/gu;

/** The text with each password parameter of each URL query in it hidden. */
function hideQueryPasswords(text: string, mask: string): string {
  return text.replace(QUERY, (query) => {
    const parameters = query.slice(1).split('&').flatMap((parameter) => {
      const name = PASSWORD_PARAMETER.exec(parameter)?.[1];
      if (name === undefined) return [parameter];
      return mask ? [`${name}=${mask}`] : [];
    });
    return parameters.length ? `?${parameters.join('&')}` : '';
  });
}

/**
 * The connection string (a URL or key/value pairs) with every password in it hidden: replaced by `mask`, or, when
 * `mask` is empty, left out with its name and separator. The one place that knows where a password can be.
 * Nothing else is changed, so any text (a message quoting a URL) can pass through it.
 */
function hidePasswords(connection: string, mask: string): string {
  return hideQueryPasswords(connection.replace(USER_PASSWORD, mask ? `$1:${mask}@` : '$1@'), mask)
    .replace(KEYWORD_PASSWORD, (_, before: string, name: string) => (mask ? `${before}${name}=${mask}` : ''));
}

/** The text (a connection string, or a message quoting one) with every password masked, for messages and logs. */
export function redacted(connection: string): string {
  return hidePasswords(connection, MASK);
}

/** The connection string with every password left out, for a command to give: libpq then takes it from PGPASSWORD or ~/.pgpass. */
export function withoutPassword(connection: string): string {
  // A key/value password left out at the start or end leaves the space that stood before or after it.
  return hidePasswords(connection, '').trim();
}
