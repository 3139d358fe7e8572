import type { CapabilityEntity } from '../capabilities/capability.entity';
import type { NeedEntity } from '../needs/need.entity';
import type { WeightedText } from './search-document';

/** What full-text search reads of a need, from the most to the least telling field. */
export const needSearchText = (need: NeedEntity): WeightedText[] => [
  { text: need.title, weight: 'A' },
  { text: [...need.technologyKeywords, ...need.marketKeywords].join(' '), weight: 'B' },
  { text: need.summary, weight: 'C' },
  { text: need.description, weight: 'D' },
];

export const capabilitySearchText = (capability: CapabilityEntity): WeightedText[] => [
  { text: capability.title, weight: 'A' },
  { text: capability.expertiseKeywords.join(' '), weight: 'B' },
  {
    text: [capability.summary, ...capability.methods, ...capability.equipment].join(' '),
    weight: 'C',
  },
  { text: capability.description, weight: 'D' },
];
