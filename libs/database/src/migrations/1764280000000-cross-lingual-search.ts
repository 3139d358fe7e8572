import { PolishSearchKeys1764220000000 } from './1764220000000-polish-search-keys';

/**
 * Rebuilds every posting's search document with each word's concept keys beside its own key,
 * so a query in one language finds postings written in the other.
 */
export class CrossLingualSearch1764280000000 extends PolishSearchKeys1764220000000 {
  override name = 'CrossLingualSearch1764280000000';
}
