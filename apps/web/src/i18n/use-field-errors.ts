import { useIntl } from 'react-intl';
import { fieldErrorsOf } from '../graphql/errors';
import type { MessageId } from './messages';

/**
 * Words a server's field errors in the reader's language: the catalogue has a sentence for each
 * stable rule (`maxLength`, `trl-range`); a rule it does not know shows the server's message.
 */
export function useServerFieldErrors(): (
  error: unknown,
  argument?: string,
) => Record<string, string> {
  const intl = useIntl();
  return (error, argument) => {
    const errors: Record<string, string> = {};
    for (const { field, message, rule } of fieldErrorsOf(error, argument)) {
      const id = `rule.${rule}` as MessageId;
      errors[field] ??= rule && intl.messages[id] ? intl.formatMessage({ id }) : message;
    }
    return errors;
  };
}
