import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ImportedFieldModel } from '../../capability-imports/models/capability-import.model';

@ObjectType('InstitutionImport', { description: "An institution's works drafted in the worker" })
export class InstitutionImportModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  clusterId: string;

  @Field(() => ID)
  organizationId: string;

  @Field()
  organizationName: string;

  @Field()
  ror: string;

  @Field({ description: 'QUEUED, RUNNING, DONE or FAILED' })
  status: string;

  @Field(() => Int)
  worksRead: number;

  @Field(() => Int)
  authorsFound: number;

  @Field(() => Int)
  draftsMade: number;

  @Field(() => Int, { description: 'Drafts their researchers have claimed so far' })
  draftsClaimed: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Why it failed: SOURCE_UNREACHABLE, SOURCE_REFUSED, NOT_OPENALEX or MALFORMED_FILE',
  })
  failure: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;
}

@ObjectType('ResearchDraft', {
  description: 'A capability drafted for a researcher, waiting for them to claim it',
})
export class ResearchDraftModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The name OpenAlex gives the author' })
  displayName: string;

  @Field(() => String, { nullable: true })
  orcidId: string | null;

  @Field()
  title: string;

  @Field()
  organizationName: string;

  @Field({ description: 'pl or en: the language of the works' })
  language: string;

  @Field(() => [ImportedFieldModel])
  fields: ImportedFieldModel[];

  @Field(() => String, {
    nullable: true,
    description: 'Whom it was offered to by e-mail (for coordinators)',
  })
  assignedEmail: string | null;

  @Field(() => Date, { nullable: true })
  claimedAt: Date | null;
}

@ObjectType('DraftClaimProblem')
export class DraftClaimProblemModel {
  @Field(() => Int, { description: 'As the spreadsheet numbers it: the header is row 1' })
  row: number;

  @Field({ description: 'orcid, email, language or fullName' })
  column: string;

  @Field({
    description:
      'MISSING_COLUMN, INVALID_ORCID, INVALID_EMAIL, INVALID_LANGUAGE, DUPLICATE, ' +
      'UNKNOWN_ORCID (no waiting draft has it), ALREADY_CLAIMED, NOT_A_RESEARCHER',
  })
  code: string;
}

@ObjectType('DraftClaimInvitations', {
  description: 'Everyone is invited, or no one: any problem stops the whole file',
})
export class DraftClaimInvitationsModel {
  @Field(() => Int)
  invited: number;

  @Field(() => [DraftClaimProblemModel])
  problems: DraftClaimProblemModel[];
}
