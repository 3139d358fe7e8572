import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** Only the settings given change. */
@InputType()
export class ClusterSettingsInput {
  @Field(() => Int, {
    nullable: true,
    description: 'Days each step of a match may take, 3–90; the reminder comes 3 days before',
  })
  @IsOptional()
  @IsInt()
  @Min(3)
  @Max(90)
  stepDeadlineDays?: number | null;
}
