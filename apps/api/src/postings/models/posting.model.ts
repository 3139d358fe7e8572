import { PostingEntity } from '@app/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  CloseReason,
  CollaborationType,
  Language,
  PostingStatus,
  Visibility,
} from '../../graphql/enums';

@ObjectType('PostingViewerCan', {
  description: 'What the viewer can do to the posting now, by the same rules the mutations check',
})
export class PostingViewerCanModel {
  @Field()
  edit: boolean;

  @Field({ description: 'Publish a draft, resume a paused posting or renew an expired one' })
  publish: boolean;

  @Field()
  pause: boolean;

  @Field()
  close: boolean;
}

/** Fields shared by needs and capabilities. */
@ObjectType({ isAbstract: true })
export abstract class PostingModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field()
  description: string;

  @Field(() => [String], { description: 'NACE Rev. 2 codes' })
  sectors: string[];

  @Field(() => [CollaborationType])
  collaborationTypes: CollaborationType[];

  @Field(() => Language)
  language: Language;

  @Field(() => Visibility)
  visibility: Visibility;

  @Field(() => PostingStatus)
  status: PostingStatus;

  @Field(() => CloseReason, { nullable: true })
  closeReason: CloseReason | null;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field(() => Date, { nullable: true, description: '365 days after publishing unless renewed' })
  expiresAt: Date | null;

  @Field(() => Int, { description: 'Increases with every change' })
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field({ description: 'True when the viewer belongs to the posting organisation' })
  isOwn: boolean;

  @Field(() => PostingViewerCanModel)
  viewerCan: PostingViewerCanModel;

  organizationId: string;
  /** False for an anonymous posting seen by someone who may not know its poster. */
  identityVisible: boolean;
}

export function postingFields<E extends PostingEntity>(entity: E): Omit<E, 'searchDocument'> {
  const { searchDocument: _omitted, ...fields } = entity;
  return fields;
}
