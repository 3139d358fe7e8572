export { MatchList } from './match-list';
export { PostingMatches } from './posting-matches';
