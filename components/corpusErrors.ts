import { t } from './i18n';

/** A corpus error for the reader: what went wrong in their language, then the precise detail. */
export function corpusErrorText(code: string, message: string): string {
  const known = ['not-json', 'schema', 'version', 'too-large', 'duplicate', 'field-too-large', 'missing-field', 'quota', 'storage'];
  const head = known.includes(code) ? t(`corpusError_${code.replace(/-/g, '_')}`) : t('corpusError_storage');
  return `${head} (${message})`;
}
