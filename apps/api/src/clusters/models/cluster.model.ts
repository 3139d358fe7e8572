import { ClusterEntity } from '@app/domain';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Cluster')
export class ClusterModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => [String])
  regions: string[];

  @Field(() => Int, {
    description: 'Days each step of a match (review, then both answers) may take before it expires',
  })
  stepDeadlineDays: number;

  @Field(() => Float, {
    nullable: true,
    description: "Lowest score proposed for the members' needs; null: the platform's",
  })
  matchThreshold: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Most proposals per need of the members; null: the platform's",
  })
  matchTopK: number | null;

  @Field()
  createdAt: Date;

  static from(entity: ClusterEntity): ClusterModel {
    return Object.assign(new ClusterModel(), entity);
  }
}
