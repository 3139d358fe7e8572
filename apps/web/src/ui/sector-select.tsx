import { MultiSelect, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useLocale } from '../i18n/locale-provider';
import { naceCodes, naceOptions } from './nace';

const searchText = new Map(
  naceCodes.map((entry) => [
    entry.code,
    `${entry.code} ${entry.pl} ${entry.en}`.toLocaleLowerCase(),
  ]),
);

/** Matches the code or either language's name: "odlew", "casting" and "C24.5" find the same class. */
const filter: OptionsFilter = ({ options, search }) => {
  const words = search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return (options as ComboboxItem[]).filter((option) => {
    const text = searchText.get(option.value) ?? option.value.toLocaleLowerCase();
    return words.every((word) => text.includes(word));
  });
};

export function SectorSelect({
  value,
  onChange,
  error,
  description,
}: {
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
  description?: string;
}) {
  const intl = useIntl();
  const { locale } = useLocale();
  return (
    <MultiSelect
      label={intl.formatMessage({ id: 'posting.sectors' })}
      description={description}
      data={naceOptions(locale, value).map(({ value: code, label }) => ({ value: code, label }))}
      value={value}
      onChange={onChange}
      filter={filter}
      searchable
      clearable
      maxValues={5}
      limit={50}
      error={error}
      nothingFoundMessage={intl.formatMessage({ id: 'browse.noSector' })}
    />
  );
}
