import { ClusterEntity } from '@app/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';

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

  @Field()
  createdAt: Date;

  static from(entity: ClusterEntity): ClusterModel {
    return Object.assign(new ClusterModel(), entity);
  }
}
