import { DateInput } from '@mantine/dates';
import { useIntl } from 'react-intl';
import { useLocale } from '../i18n/locale-provider';
import { parseTypedDate } from './typed-date';

interface Props {
  value: string | null;
  onChange: (value: string | null) => void;
  /** Text typed that is no date, kept so the form can say so instead of dropping it. */
  onUnreadable: (text: string) => void;
  error?: string | null;
}

/**
 * The need's deadline, typed or picked. Past days are not hidden from the picker and typed text
 * is never replaced on blur: the form says what is wrong with it (past, or no date at all).
 */
export function DeadlineInput({ value, onChange, onUnreadable, error }: Props) {
  const intl = useIntl();
  const { locale } = useLocale();
  return (
    <DateInput
      label={intl.formatMessage({ id: 'need.deadline' })}
      description={intl.formatMessage({ id: 'need.deadlineHint' })}
      valueFormat="D MMMM YYYY"
      dateParser={(text) => parseTypedDate(text, locale)}
      fixOnBlur={false}
      clearable
      value={value}
      onChange={(picked) => {
        onUnreadable('');
        onChange(picked ? String(picked).slice(0, 10) : null);
      }}
      onBlur={(event) => {
        const text = event.currentTarget.value.trim();
        onUnreadable(text && !parseTypedDate(text, locale) ? text : '');
        if (!text) onChange(null);
      }}
      error={error}
    />
  );
}
