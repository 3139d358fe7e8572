import { CapabilityEntity } from '@app/domain';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { IprStatus } from '../../graphql/enums';
import { Connection } from '../../graphql/pagination';
import { PostingModel, postingFields } from '../../postings/models/posting.model';

@ObjectType('Capability', { description: 'What a research team offers (EEN technology offer)' })
export class CapabilityModel extends PostingModel {
  @Field(() => [String])
  expertiseKeywords: string[];

  @Field(() => [String])
  methods: string[];

  @Field(() => [String], { description: 'Equipment and laboratories' })
  equipment: string[];

  @Field(() => Int)
  trl: number;

  @Field(() => IprStatus)
  iprStatus: IprStatus;

  @Field()
  team: string;

  @Field(() => [String], { description: 'DOIs' })
  publications: string[];

  static from(entity: CapabilityEntity): CapabilityModel {
    return Object.assign(new CapabilityModel(), postingFields(entity));
  }
}

@ObjectType()
export class CapabilityConnection extends Connection(CapabilityModel, 'Capability') {}
