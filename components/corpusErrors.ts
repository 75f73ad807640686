import { t } from '../ui-text/i18n';
import type { CorpusOutcomeCode } from '../messaging/protocol';

/** The message key of each code: the compiler checks that every code has one. */
const HEADS: Record<CorpusOutcomeCode, string> = {
  'not-json': 'corpusError_not_json',
  schema: 'corpusError_schema',
  version: 'corpusError_version',
  'too-large': 'corpusError_too_large',
  duplicate: 'corpusError_duplicate',
  'field-too-large': 'corpusError_field_too_large',
  'missing-field': 'corpusError_missing_field',
  quota: 'corpusError_quota',
  storage: 'corpusError_storage',
  'no-store': 'corpusError_no_store',
  'no-article': 'corpusError_no_article',
  bundled: 'corpusError_bundled',
  cancelled: 'corpusError_cancelled',
};

/** A corpus error for the reader: what went wrong in their language, then the precise detail. */
export function corpusErrorText(code: CorpusOutcomeCode, message: string): string {
  return `${t(HEADS[code] ?? 'corpusError_storage')} (${message})`;
}
