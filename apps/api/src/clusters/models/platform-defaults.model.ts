import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PlatformDefaults', {
  description: "What a cluster's settings fall back to when it leaves them empty",
})
export class PlatformDefaultsModel {
  @Field(() => Float)
  matchThreshold: number;

  @Field(() => Int)
  matchTopK: number;

  @Field(() => Int, { description: 'For a new cluster' })
  stepDeadlineDays: number;
}
