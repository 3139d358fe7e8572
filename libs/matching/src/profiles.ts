/**
 * What the engine knows about a posting: plain data, no entities. Optional fields are the ones a
 * posting (or an evaluation set) may lack; factors built on them stay neutral when they do.
 */
export type EngineLanguage = 'pl' | 'en';

export interface Place {
  city?: string;
  region?: string;
  country?: string;
}

export interface PostingProfile {
  id: string;
  /** The posting's version, carried through to the stored match. */
  version?: number;
  language: EngineLanguage;
  title: string;
  summary?: string;
  description: string;
  keywords?: string[];
  sectors?: string[];
  collaborationTypes?: string[];
  organizationId?: string;
  place?: Place;
  visibility?: 'PUBLIC' | 'CLUSTER' | 'ANONYMOUS';
  /** Clusters of the posting organisation; a CLUSTER posting matches only inside them. */
  clusterIds?: string[];
}

export interface NeedProfile extends PostingProfile {
  trlMin?: number;
  trlMax?: number;
  budget?: { min?: number | null; max?: number | null; currency: 'PLN' | 'EUR' } | null;
  /** YYYY-MM-DD */
  deadline?: string | null;
}

export interface CapabilityProfile extends PostingProfile {
  trl?: number;
  methods?: string[];
  equipment?: string[];
}

export type Side = 'need' | 'capability';

/** The fields only text analysis reads: the engine indexes them and does not keep them. */
type TextField = 'title' | 'summary' | 'description' | 'keywords' | 'methods' | 'equipment';

/** A posting as the engine holds it once indexed: everything scoring reads, no texts. */
export type Indexed<P extends PostingProfile> = Omit<P, TextField>;

/** What the engine does not keep of a posting: its texts, as explanations quote them. */
export type PostingTexts = Pick<NeedProfile & CapabilityProfile, TextField>;

export function textsOf(profile: PostingProfile): PostingTexts {
  const { title, summary, description, keywords, methods, equipment } =
    profile as CapabilityProfile;
  return { title, summary, description, keywords, methods, equipment };
}

export function withoutTexts<P extends PostingProfile>(profile: P): Indexed<P> {
  const { title, summary, description, keywords, methods, equipment, ...indexed } = profile as P &
    CapabilityProfile;
  return indexed as Indexed<P>;
}
