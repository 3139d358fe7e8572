import { NeedEntity } from '@app/domain';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Currency } from '../../graphql/enums';
import { Connection } from '../../graphql/pagination';
import { PostingModel, postingFields } from '../../postings/models/posting.model';

@ObjectType('Budget')
export class BudgetModel {
  @Field(() => Int, { nullable: true })
  min: number | null;

  @Field(() => Int, { nullable: true })
  max: number | null;

  @Field(() => Currency)
  currency: Currency;
}

@ObjectType('Need', { description: 'A technology need posted by a firm (EEN technology request)' })
export class NeedModel extends PostingModel {
  @Field(() => [String])
  technologyKeywords: string[];

  @Field(() => [String])
  marketKeywords: string[];

  @Field(() => Int)
  trlMin: number;

  @Field(() => Int)
  trlMax: number;

  @Field(() => BudgetModel, { nullable: true })
  budget: BudgetModel | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  deadline: string | null;

  static from(entity: NeedEntity): NeedModel {
    const { budgetMin, budgetMax, currency, ...fields } = postingFields(entity);
    const budget = currency ? { min: budgetMin, max: budgetMax, currency } : null;
    return Object.assign(new NeedModel(), fields, { budget });
  }
}

@ObjectType()
export class NeedConnection extends Connection(NeedModel, 'Need') {}
