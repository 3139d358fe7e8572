import { useQuery } from '@apollo/client/react';
import { FormattedMessage } from 'react-intl';
import { useParams } from 'react-router';
import { useLocale } from '../i18n/locale-provider';
import { LoadError, PageLoader } from '../layout/page-state';
import { PublicPage } from '../layout/public-page';
import { LegalTextsQuery } from '../session/operations';
import { NotFoundPage } from '../ui/not-found';
import { LegalParagraphs, splitLegalText } from './legal-text';

const documents = { terms: 'TERMS', privacy: 'PRIVACY' } as const;

/** `/legal/terms` and `/legal/privacy`: readable before signing up, in the reader's language. */
export function LegalPage() {
  const { locale } = useLocale();
  const document = documents[useParams().document as keyof typeof documents];
  const { data, error, refetch } = useQuery(LegalTextsQuery, { variables: { language: locale } });
  if (!document) return <NotFoundPage />;
  const text = data?.legalTexts.find((candidate) => candidate.document === document);
  return (
    <PublicPage
      title={text ? splitLegalText(text.body).title : <FormattedMessage id={`legal.${document}`} />}
    >
      {error && !data ? (
        <LoadError error={error} retry={refetch} />
      ) : !text ? (
        <PageLoader />
      ) : (
        <LegalParagraphs body={text.body} />
      )}
    </PublicPage>
  );
}
