import { screen } from '@testing-library/react';
import type { NeedFieldsFragment } from '../graphql/generated/graphql';
import { renderInApp } from '../../test/render';
import { PostingCard } from './posting-card';

const need: NeedFieldsFragment = {
  id: 'need-1',
  title: 'Hartowanie laserowe kół zębatych',
  summary: 'Szukamy partnera do hartowania laserowego.',
  status: 'PUBLISHED',
  visibility: 'ANONYMOUS',
  sectors: ['C28.15'],
  trlMin: 4,
  trlMax: 7,
  collaborationTypes: ['CONTRACT_RESEARCH'],
  language: 'pl',
  createdAt: '2026-11-30T10:00:00Z',
  publishedAt: '2026-11-30T10:00:00Z',
  expiresAt: null,
  deadline: null,
  isOwn: false,
  version: 2,
  budget: null,
  organization: null,
};

describe('PostingCard', () => {
  it('shows an anonymous need without any poster, in Polish', () => {
    renderInApp(<PostingCard kind="need" posting={need} />);
    expect(screen.getByRole('link', { name: need.title })).toHaveAttribute('href', '/needs/need-1');
    expect(screen.getByText(/Firma anonimowa/)).toBeInTheDocument();
    expect(screen.getByText('Anonimowe')).toBeInTheDocument();
    expect(screen.getByText('TRL 4–7')).toBeInTheDocument();
    expect(screen.getByText('Badania zlecone')).toBeInTheDocument();
    // Only the owner sees a posting's status.
    expect(screen.queryByText('Opublikowane')).not.toBeInTheDocument();
  });

  it('names the poster of a public need, in English', () => {
    renderInApp(
      <PostingCard
        kind="need"
        posting={{
          ...need,
          visibility: 'PUBLIC',
          isOwn: true,
          organization: {
            id: 'org-1',
            name: 'Lubelskie Zakłady Przekładni',
            city: 'Lublin',
            region: 'lubelskie',
          },
        }}
      />,
      'en',
    );
    expect(screen.getByText(/Lubelskie Zakłady Przekładni · Lublin/)).toBeInTheDocument();
    expect(screen.getByText('Published')).toBeInTheDocument();
    expect(screen.getByText('Contract research')).toBeInTheDocument();
  });
});
