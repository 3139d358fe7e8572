import type { PostingKind } from '@shared/posting-kind';

export type { PostingKind };

export const postingsPath = (kind: PostingKind): string =>
  kind === 'need' ? '/needs' : '/capabilities';

export const postingPath = (kind: PostingKind, id: string): string => `${postingsPath(kind)}/${id}`;

export const collaborationTypes = [
  'RD_COOPERATION',
  'CONTRACT_RESEARCH',
  'TESTING_AND_LAB_SERVICES',
  'CONSULTING',
  'LICENSING',
  'COMMERCIAL_WITH_TECH_ASSISTANCE',
  'STUDENT_PROJECTS',
] as const;

export const iprStatuses = [
  'NO_IPR_APPLIED',
  'IPR_APPLIED_NOT_GRANTED',
  'IPR_GRANTED',
  'SECRET_KNOW_HOW',
] as const;

export const visibilities = ['PUBLIC', 'CLUSTER', 'ANONYMOUS'] as const;

export const trlLevels = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

export const voivodeships = [
  'dolnośląskie',
  'kujawsko-pomorskie',
  'lubelskie',
  'lubuskie',
  'łódzkie',
  'małopolskie',
  'mazowieckie',
  'opolskie',
  'podkarpackie',
  'podlaskie',
  'pomorskie',
  'śląskie',
  'świętokrzyskie',
  'warmińsko-mazurskie',
  'wielkopolskie',
  'zachodniopomorskie',
] as const;
