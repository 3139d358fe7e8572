/** Value lists from domain.md; kept identical to EEN terms so data can travel to other platforms. */
export enum OrganizationKind {
  COMPANY = 'COMPANY',
  UNIVERSITY = 'UNIVERSITY',
  RESEARCH_INSTITUTE = 'RESEARCH_INSTITUTE',
  CLUSTER_BODY = 'CLUSTER_BODY',
  PUBLIC_BODY = 'PUBLIC_BODY',
}

export enum CompanySize {
  SME_UP_TO_10 = 'SME_UP_TO_10',
  SME_11_49 = 'SME_11_49',
  SME_50_249 = 'SME_50_249',
  LARGE = 'LARGE',
}

export enum UserRole {
  FIRM = 'FIRM',
  RESEARCHER = 'RESEARCHER',
  COORDINATOR = 'COORDINATOR',
  ADMIN = 'ADMIN',
}

export enum Language {
  pl = 'pl',
  en = 'en',
}

export enum Visibility {
  PUBLIC = 'PUBLIC',
  CLUSTER = 'CLUSTER',
  ANONYMOUS = 'ANONYMOUS',
}

export enum PostingStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  PAUSED = 'PAUSED',
  CLOSED = 'CLOSED',
  EXPIRED = 'EXPIRED',
}

export enum CloseReason {
  FULFILLED = 'FULFILLED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum CollaborationType {
  RD_COOPERATION = 'RD_COOPERATION',
  COMMERCIAL_WITH_TECH_ASSISTANCE = 'COMMERCIAL_WITH_TECH_ASSISTANCE',
  LICENSING = 'LICENSING',
  CONTRACT_RESEARCH = 'CONTRACT_RESEARCH',
  CONSULTING = 'CONSULTING',
  TESTING_AND_LAB_SERVICES = 'TESTING_AND_LAB_SERVICES',
  STUDENT_PROJECTS = 'STUDENT_PROJECTS',
}

export enum IprStatus {
  NO_IPR_APPLIED = 'NO_IPR_APPLIED',
  SECRET_KNOW_HOW = 'SECRET_KNOW_HOW',
  IPR_APPLIED_NOT_GRANTED = 'IPR_APPLIED_NOT_GRANTED',
  IPR_GRANTED = 'IPR_GRANTED',
}

export enum Currency {
  PLN = 'PLN',
  EUR = 'EUR',
}

/** Which organisation kinds a user of each role may belong to. */
export const organizationKindsByRole: Record<UserRole, readonly OrganizationKind[]> = {
  [UserRole.FIRM]: [OrganizationKind.COMPANY],
  [UserRole.RESEARCHER]: [OrganizationKind.UNIVERSITY, OrganizationKind.RESEARCH_INSTITUTE],
  [UserRole.COORDINATOR]: [OrganizationKind.CLUSTER_BODY, OrganizationKind.PUBLIC_BODY],
  [UserRole.ADMIN]: [],
};
