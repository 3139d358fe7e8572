import { SegmentedControl } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useLocale } from '../i18n/locale-provider';
import { isLocale } from '../i18n/locales';

export function LanguageSwitch() {
  const { locale, setLocale } = useLocale();
  const intl = useIntl();
  return (
    <SegmentedControl
      size="xs"
      aria-label={intl.formatMessage({ id: 'language.switch' })}
      value={locale}
      onChange={(value) => isLocale(value) && setLocale(value)}
      data={[
        { value: 'pl', label: 'PL' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}
