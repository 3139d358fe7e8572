import {
  DomainErrorCode,
  type DomainException,
  Language,
  MatchResponse,
  MatchStatus,
  UserRole,
} from '@app/domain';
import { assertCan, managesCluster, type MatchStanding, viewerCan } from './policy';
import type { Viewer } from './viewer';

const viewer = (role: UserRole, overrides: Partial<Viewer> = {}): Viewer => ({
  id: 'u1',
  role,
  language: Language.pl,
  organizationId: null,
  sessionId: 's1',
  coordinatedClusterIds: [],
  coordinatedOrganizationIds: [],
  legalAcceptanceDue: false,
  ...overrides,
});
const standing = (overrides: Partial<MatchStanding>): MatchStanding => ({
  status: MatchStatus.PROPOSED,
  firmResponse: null,
  researcherResponse: null,
  side: null,
  coordinates: false,
  ...overrides,
});
const codeOf = (run: () => void) => {
  try {
    run();
  } catch (error) {
    return (error as DomainException).code;
  }
  return undefined;
};

describe('policy', () => {
  const coordinator = viewer(UserRole.COORDINATOR, { coordinatedClusterIds: ['c1'] });
  const firm = viewer(UserRole.FIRM, { organizationId: 'o1' });

  it('lets admins manage every cluster and coordinators their own', () => {
    expect(managesCluster(viewer(UserRole.ADMIN), 'c9')).toBe(true);
    expect(managesCluster(coordinator, 'c1')).toBe(true);
    expect(managesCluster(coordinator, 'c2')).toBe(false);
    expect(managesCluster(firm, 'c1')).toBe(false);
  });

  it('offers a coordinator of the match the review of a proposal, and nothing else', () => {
    expect(viewerCan(coordinator, standing({ coordinates: true }))).toEqual({
      approve: true,
      reject: true,
      respond: false,
      recordOutcome: false,
      meet: false,
    });
    expect(viewerCan(coordinator, standing({ coordinates: false })).approve).toBe(false);
    expect(
      viewerCan(coordinator, standing({ coordinates: true, status: MatchStatus.APPROVED })).approve,
    ).toBe(false);
  });

  it('offers a side its answer once, then the outcome and meetings after the introduction', () => {
    const approved = standing({ side: 'firm', status: MatchStatus.APPROVED });
    expect(viewerCan(firm, approved).respond).toBe(true);
    expect(viewerCan(firm, { ...approved, firmResponse: MatchResponse.INTERESTED }).respond).toBe(
      false,
    );
    expect(
      viewerCan(firm, { ...approved, researcherResponse: MatchResponse.INTERESTED }).respond,
    ).toBe(true);
    expect(viewerCan(firm, standing({ side: 'firm', status: MatchStatus.INTRODUCED }))).toEqual({
      approve: false,
      reject: false,
      respond: false,
      recordOutcome: true,
      meet: true,
    });
    expect(viewerCan(firm, approved).meet).toBe(false);
    const introduced = standing({ coordinates: true, status: MatchStatus.INTRODUCED });
    expect(viewerCan(coordinator, introduced).meet).toBe(false);
  });

  it('refuses a step to whoever does not take it, with FORBIDDEN', () => {
    expect(codeOf(() => assertCan(firm, 'approve', standing({ side: 'firm' })))).toBe(
      DomainErrorCode.FORBIDDEN,
    );
    expect(codeOf(() => assertCan(coordinator, 'respond', standing({ coordinates: true })))).toBe(
      DomainErrorCode.FORBIDDEN,
    );
    expect(
      codeOf(() => assertCan(coordinator, 'recordOutcome', standing({ coordinates: true }))),
    ).toBeUndefined();
  });
});
