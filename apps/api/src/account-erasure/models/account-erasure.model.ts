import type { AccountErasureEntity } from '@app/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ErasedCount', { description: 'How many items of one kind an erasure removed' })
export class ErasedCountModel {
  @Field({ description: 'e.g. sessions, notifications, capabilities_anonymised' })
  kind: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('AccountErasure', {
  description: 'The record that an account was erased: when, by whom, what went; no personal data',
})
export class AccountErasureModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The erased account, now holding no personal data' })
  userId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The admin who erased it on request; null when the person did',
  })
  erasedBy: string | null;

  @Field(() => Date)
  erasedAt: Date;

  @Field(() => [ErasedCountModel])
  removed: ErasedCountModel[];

  static from({ id, userId, erasedBy, erasedAt, removed }: AccountErasureEntity) {
    return Object.assign(new AccountErasureModel(), {
      id,
      userId,
      erasedBy,
      erasedAt,
      removed: Object.entries(removed).map(([kind, count]) => ({ kind, count })),
    });
  }
}
