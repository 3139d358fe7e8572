import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('DataExport', {
  description: 'An archive of your data you asked for: prepared, then its link e-mailed to you',
})
export class DataExportModel {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  requestedAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When its link was e-mailed; null while prepared',
  })
  readyAt: Date | null;

  @Field(() => Date, { nullable: true })
  downloadedAt: Date | null;
}

@ObjectType('DataExportFile', { description: 'The archive, machine-readable: one JSON document' })
export class DataExportFileModel {
  @Field({ description: 'A name to save it under' })
  fileName: string;

  @Field({ description: 'JSON text (format matchmaking-data-export/1)' })
  json: string;
}
