import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ThresholdImpact', {
  description:
    "How many of the members' published needs would be left without a proposal at a threshold, judged on the scores stored now",
})
export class ThresholdImpactModel {
  @Field(() => Int)
  openNeeds: number;

  @Field(() => Int, {
    description: 'Open needs with no stored match scoring at least the threshold',
  })
  withoutProposal: number;
}
