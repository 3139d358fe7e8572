import type {
  CapabilityProfile as FullCapability,
  Indexed,
  NeedProfile as FullNeed,
} from '../profiles';

/** Factors read no texts, so they take postings as the engine keeps them. */
type NeedProfile = Indexed<FullNeed>;
type CapabilityProfile = Indexed<FullCapability>;

/**
 * Each factor says how well one aspect of a need and a capability fit, from 0 to 1, or
 * `undefined` when one side lacks the data: the factor then stays out of the score.
 */

/** Inside the need's range fits fully; each level below costs more than each level above. */
export function trlFit(need: NeedProfile, capability: CapabilityProfile): number | undefined {
  const { trlMin, trlMax } = need;
  const trl = capability.trl;
  if (trl === undefined || trlMin === undefined || trlMax === undefined) return undefined;
  if (trl < trlMin) return Math.max(0, 1 - 0.3 * (trlMin - trl));
  if (trl > trlMax) return Math.max(0, 1 - 0.15 * (trl - trlMax));
  return 1;
}

/**
 * The firm must get a kind of collaboration it asked for, and the researcher must offer it:
 * nothing shared is 0; one shared type is already a workable fit, full coverage is 1.
 */
export function collaborationFit(
  need: NeedProfile,
  capability: CapabilityProfile,
): number | undefined {
  const wanted = need.collaborationTypes ?? [];
  const offered = new Set(capability.collaborationTypes ?? []);
  if (wanted.length === 0 || offered.size === 0) return undefined;
  const shared = wanted.filter((type) => offered.has(type)).length;
  return shared === 0 ? 0 : 0.6 + (0.4 * shared) / wanted.length;
}

export type Proximity = 'city' | 'region' | 'country' | 'abroad';

const same = (a?: string, b?: string) =>
  !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * How near the two posters are. Unknown when either side is anonymous: an anonymous posting shows
 * no place, so nothing derived from one (a reason, a factor, a score and the order it gives) may
 * tell the other side whether it is near.
 */
export function proximity(need: NeedProfile, capability: CapabilityProfile): Proximity | undefined {
  if (need.visibility === 'ANONYMOUS' || capability.visibility === 'ANONYMOUS') return undefined;
  const a = need.place;
  const b = capability.place;
  if (!a || !b) return undefined;
  if (same(a.city, b.city) && same(a.country ?? 'PL', b.country ?? 'PL')) return 'city';
  if (same(a.region, b.region)) return 'region';
  if (same(a.country ?? 'PL', b.country ?? 'PL')) return 'country';
  return 'abroad';
}

const proximityValue: Record<Proximity, number> = {
  city: 1,
  region: 0.8,
  country: 0.6,
  abroad: 0.35,
};

export function geographyFit(need: NeedProfile, capability: CapabilityProfile): number | undefined {
  const where = proximity(need, capability);
  return where && proximityValue[where];
}

/** Smallest budget (PLN) that makes each kind of collaboration realistic for a research team. */
const minimumBudgetPln: Record<string, number> = {
  RD_COOPERATION: 50_000,
  CONTRACT_RESEARCH: 15_000,
  COMMERCIAL_WITH_TECH_ASSISTANCE: 20_000,
  LICENSING: 10_000,
  CONSULTING: 3_000,
  TESTING_AND_LAB_SERVICES: 2_000,
  STUDENT_PROJECTS: 0,
};
const plnPerEur = 4.3;

/** Time left before the deadline and money against the kinds of work both sides would do. */
export function feasibility(
  need: NeedProfile,
  capability: CapabilityProfile,
  today: string,
): number | undefined {
  const parts: number[] = [];
  if (need.deadline) {
    const days = (Date.parse(need.deadline) - Date.parse(today)) / 86_400_000;
    parts.push(days < 0 ? 0 : days >= 90 ? 1 : days >= 30 ? 0.6 + (0.4 * (days - 30)) / 60 : 0.3);
  }
  const budgetMax = need.budget?.max ?? need.budget?.min;
  if (need.budget && budgetMax != null) {
    const pln = need.budget.currency === 'EUR' ? budgetMax * plnPerEur : budgetMax;
    const offered = new Set(capability.collaborationTypes ?? []);
    const shared = (need.collaborationTypes ?? []).filter((type) => offered.has(type));
    const types = shared.length > 0 ? shared : (need.collaborationTypes ?? []);
    if (types.length > 0) {
      const cheapest = Math.min(...types.map((type) => minimumBudgetPln[type] ?? 0));
      parts.push(pln >= cheapest ? 1 : Math.max(0.2, pln / Math.max(cheapest, 1)));
    }
  }
  return parts.length > 0 ? parts.reduce((sum, part) => sum + part, 0) / parts.length : undefined;
}

/** NACE codes are compatible when one is the other's ancestor or they share a division. */
export function sectorsOverlap(a: string[] = [], b: string[] = []): number | undefined {
  if (a.length === 0 || b.length === 0) return undefined;
  const division = (code: string) => code.slice(0, 3);
  return a.some((x) =>
    b.some((y) => x.startsWith(y) || y.startsWith(x) || division(x) === division(y)),
  )
    ? 1
    : 0;
}
