import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { UserRole } from '../../graphql/enums';

@ObjectType('ErasedPerson')
export class ErasedPersonModel {
  @Field(() => ID)
  id: string;

  @Field()
  fullName: string;

  @Field()
  email: string;

  @Field(() => UserRole)
  role: UserRole;
}

@ObjectType('ErasedPosting')
export class ErasedPostingModel {
  @Field({ description: 'NEED or CAPABILITY' })
  kind: string;

  @Field(() => ID)
  id: string;

  @Field()
  title: string;
}

@ObjectType('OrganizationErasure', {
  description:
    'What erasing an organisation takes: listed by a dry run, done by the erasure (all at once)',
})
export class OrganizationErasureModel {
  @Field(() => ID)
  organizationId: string;

  @Field({ description: 'Its name before the erasure' })
  name: string;

  @Field({ description: 'True when nothing was changed: the list of what would go' })
  dryRun: boolean;

  @Field(() => Date, { nullable: true, description: 'Null for a dry run' })
  erasedAt: Date | null;

  @Field(() => [ErasedPersonModel], { description: 'Its people, whose accounts are erased' })
  people: ErasedPersonModel[];

  @Field(() => [ErasedPostingModel], {
    description: 'Postings that led to no introduction: deleted with their proposals',
  })
  deletedPostings: ErasedPostingModel[];

  @Field(() => [ErasedPostingModel], {
    description:
      'Postings that led to an introduction: closed and stripped of their texts, kept for the other side',
  })
  anonymisedPostings: ErasedPostingModel[];

  @Field(() => Int)
  clusterMemberships: number;

  @Field(() => Int, { description: 'Researcher drafts imported for it, deleted' })
  researchDrafts: number;
}
