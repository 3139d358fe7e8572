import { type MatchEntity, MatchResponse, MatchStatus } from '@app/domain';
import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Viewer } from '../../auth/viewer';
import type { CapabilityModel } from '../../capabilities/models/capability.model';
import { Connection } from '../../graphql/pagination';
import type { NeedModel } from '../../needs/models/need.model';

registerEnumType(MatchStatus, { name: 'MatchStatus' });
registerEnumType(MatchResponse, { name: 'MatchResponse' });

@ObjectType('MatchFactor', {
  description: 'One reason behind a score; contributions of all factors sum to it',
})
export class MatchFactorModel {
  @Field({ description: 'topic, keywords, trl, collaboration, geography or feasibility' })
  name: string;

  @Field(() => Float, { description: 'How well this aspect fits, 0–1' })
  value: number;

  @Field(() => Float, {
    description: 'Share of the score this factor carries; factors without data have none',
  })
  weight: number;

  @Field(() => Float, { description: 'value × weight' })
  contribution: number;
}

@ObjectType('MatchViewerCan', {
  description: 'What the viewer can do to the match now, by the same rules the mutations check',
})
export class MatchViewerCanModel {
  @Field()
  approve: boolean;

  @Field()
  reject: boolean;

  @Field({ description: 'Answer whether their side is interested' })
  respond: boolean;

  @Field()
  recordOutcome: boolean;

  @Field({ description: 'Arrange a meeting with the other side (after an introduction)' })
  meet: boolean;

  @Field({ description: 'Reads it as a coordinator: both reasons and the history' })
  coordinate: boolean;
}

@ObjectType('Match', {
  description: 'A need and a capability the engine proposes to bring together',
})
export class MatchModel {
  @Field(() => ID)
  id: string;

  @Field(() => Float, { description: '0–1' })
  score: number;

  @Field(() => [MatchFactorModel])
  factors: MatchFactorModel[];

  @Field({ description: "Why this capability fits the need, in the reader's language" })
  reasonForFirm: string;

  @Field({ description: "Why this need fits the capability, in the reader's language" })
  reasonForResearcher: string;

  @Field(() => [String], { description: 'Subjects both texts share, as each side wrote them' })
  matchedTerms: string[];

  @Field()
  engineVersion: string;

  @Field({ description: 'Asked for by a firm or a researcher rather than found by the engine' })
  userInitiated: boolean;

  @Field(() => String, { nullable: true })
  interestMessage: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'MEETING_HELD, NDA_SIGNED, AGREEMENT_SIGNED or NO_DEAL',
  })
  outcome: string | null;

  @Field(() => String, { nullable: true })
  agreementType: string | null;

  @Field(() => MatchStatus)
  status: MatchStatus;

  @Field(() => MatchResponse, {
    nullable: true,
    description: "The firm's answer once the match is approved; null until it answers",
  })
  firmResponse: MatchResponse | null;

  @Field(() => MatchResponse, {
    nullable: true,
    description: "The researcher's answer once the match is approved; null until it answers",
  })
  researcherResponse: MatchResponse | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the current step expires unless someone acts: the review while PROPOSED, both answers while APPROVED',
  })
  dueAt: Date | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  needId: string;
  capabilityId: string;
  /** Loaded with the page; null where the viewer may no longer see the posting. */
  need: NeedModel | null;
  capability: CapabilityModel | null;

  static from(entity: MatchEntity, viewer: Viewer): MatchModel {
    return Object.assign(new MatchModel(), {
      ...entity,
      reasonForFirm: entity.reasonForFirm[viewer.language],
      reasonForResearcher: entity.reasonForResearcher[viewer.language],
    });
  }
}

@ObjectType()
export class MatchConnection extends Connection(MatchModel, 'Match', { withSortKeys: true }) {}
