import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CountByKey')
export class CountByKeyModel {
  @Field()
  key: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('ClusterStats', { description: "A cluster's matchmaking funnel over a period" })
export class ClusterStatsModel {
  @Field(() => Int, { description: 'Needs of member firms published in the period' })
  needsPosted: number;

  @Field(() => Int)
  capabilitiesPosted: number;

  @Field(() => Int, { description: 'Matches involving members, created in the period' })
  matchesProposed: number;

  @Field(() => Int)
  matchesApproved: number;

  @Field(() => Int)
  matchesRejected: number;

  @Field(() => [CountByKeyModel])
  rejectedByReason: CountByKeyModel[];

  @Field(() => Int, {
    description: 'Nobody acted before the deadline of the review or the answers',
  })
  matchesExpired: number;

  @Field(() => Int)
  matchesIntroduced: number;

  @Field(() => Int)
  agreements: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Median hours from proposal to approval or rejection',
  })
  medianHoursToDecision: number | null;

  @Field(() => Float, { nullable: true })
  medianHoursToIntroduction: number | null;

  @Field(() => Int, { description: 'Published member needs with no live match: the gaps' })
  unmatchedNeeds: number;

  @Field(() => [CountByKeyModel], {
    description: 'Unmatched needs by NACE division; the key "?" counts needs without a sector',
  })
  unmatchedBySector: CountByKeyModel[];

  @Field(() => [CountByKeyModel])
  unmatchedByCity: CountByKeyModel[];

  @Field(() => [CountByKeyModel], { description: 'Unmatched needs by their TRL range, e.g. "4-7"' })
  unmatchedByTrl: CountByKeyModel[];
}
