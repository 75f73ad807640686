/**
 * One error type for everything the reader's corpus can refuse or fail at. The UI translates
 * `code`; `message` is English, names the problem and, where it applies, the field path and the
 * article index, so a log or a bug report says what went wrong without the UI.
 */

export type CorpusErrorCode =
  | 'quota' // the browser refused to store more (QuotaExceededError)
  | 'not-json' // the import file is not JSON
  | 'schema' // JSON, but not shaped like a Recoupe corpus file
  | 'version' // a file format version, or a database version, this build cannot read
  | 'too-large' // the file or the number of articles is over the limit
  | 'duplicate' // two articles of one file share an id
  | 'field-too-large' // one field (title, text, url) is over its limit
  | 'missing-field' // a required field is absent
  | 'storage'; // any other IndexedDB failure

export interface CorpusErrorDetails {
  /** Field path, e.g. `articles[3].title`. */
  path?: string;
  /** Index of the offending article in the file or in the imported list. */
  index?: number;
  /** The underlying error, when one was mapped. */
  cause?: unknown;
}

export class CorpusError extends Error {
  override readonly name = 'CorpusError';
  readonly path?: string;
  readonly index?: number;

  constructor(
    readonly code: CorpusErrorCode,
    message: string,
    details: CorpusErrorDetails = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.path = details.path;
    this.index = details.index;
  }
}

export function isCorpusError(e: unknown): e is CorpusError {
  return e instanceof CorpusError;
}

function errorName(e: unknown): string | undefined {
  if (e && typeof e === 'object' && 'name' in e && typeof (e as { name: unknown }).name === 'string') {
    return (e as { name: string }).name;
  }
  return undefined;
}

/**
 * Map whatever IndexedDB threw (a DOMException, often surfacing only as the transaction's error)
 * to a CorpusError. `doing` says what was attempted, for the message.
 */
export function toCorpusError(e: unknown, doing: string): CorpusError {
  if (e instanceof CorpusError) return e;
  const name = errorName(e);
  const detail = e instanceof Error && e.message ? `: ${e.message}` : '';
  // Firefox has reported quota failures as NS_ERROR_DOM_QUOTA_REACHED on older versions.
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') {
    return new CorpusError('quota', `storage full: the browser refused to store more while ${doing}; nothing was saved`, { cause: e });
  }
  if (name === 'VersionError') {
    return new CorpusError('version', `the stored corpus was written by a newer Recoupe (database version mismatch) while ${doing}${detail}`, { cause: e });
  }
  return new CorpusError('storage', `storage error while ${doing}${name ? ` (${name})` : ''}${detail}`, { cause: e });
}
