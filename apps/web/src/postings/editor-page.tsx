import '@mantine/dates/styles.layer.css';
import 'dayjs/locale/pl';
import { useQuery } from '@apollo/client/react';
import { DatesProvider } from '@mantine/dates';
import { useParams } from 'react-router';
import { useLocale } from '../i18n/locale-provider';
import { LoadError, PageLoader } from '../layout/page-state';
import type { PostingKind } from '../ui/kinds';
import { CapabilityForm } from './capability-form';
import { NeedForm } from './need-form';
import { CapabilityQuery, NeedQuery } from './operations';

export function EditorPage({ kind }: { kind: PostingKind }) {
  const { id } = useParams();
  const need = useQuery(NeedQuery, { variables: { id: id ?? '' }, skip: !id || kind !== 'need' });
  const capability = useQuery(CapabilityQuery, {
    variables: { id: id ?? '' },
    skip: !id || kind !== 'capability',
  });
  const { locale } = useLocale();
  const loaded = kind === 'need' ? need : capability;
  if (id && loaded.error) return <LoadError error={loaded.error} retry={loaded.refetch} />;
  if (id && !loaded.data) return <PageLoader />;
  return (
    <DatesProvider settings={{ locale }}>
      {kind === 'need' ? (
        <NeedForm existing={need.data?.need} />
      ) : (
        <CapabilityForm existing={capability.data?.capability} />
      )}
    </DatesProvider>
  );
}
