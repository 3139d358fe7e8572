import { useMutation } from '../graphql/use-mutation';
import { SegmentedControl } from '@mantine/core';
import { useIntl } from 'react-intl';
import { UpdateLanguageMutation } from '../session/operations';
import { useLocale } from '../i18n/locale-provider';
import { isLocale } from '../i18n/locales';
import { useSession, useSessionUser } from '../session/session-context';

/** Switches the page at once; signed in, it also becomes the user's setting (e-mails, reasons). */
export function LanguageSwitch() {
  const { locale, setLocale } = useLocale();
  const intl = useIntl();
  const session = useSession();
  const user = useSessionUser();
  const [saveLanguage] = useMutation(UpdateLanguageMutation);
  const choose = (value: string) => {
    if (!isLocale(value)) return;
    setLocale(value);
    if (!user || user.language === value) return;
    session.updateUser({ ...user, language: value });
    void saveLanguage({ variables: { language: value } }).catch(() => undefined);
  };
  return (
    <SegmentedControl
      size="xs"
      aria-label={intl.formatMessage({ id: 'language.switch' })}
      value={locale}
      onChange={choose}
      data={[
        { value: 'pl', label: 'PL' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}
