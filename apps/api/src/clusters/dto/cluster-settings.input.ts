import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';

/** Only the settings given change; `null` gives a matching setting back to the platform. */
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

  @Field(() => Float, {
    nullable: true,
    description: "Lowest score proposed for the members' needs, 0–1",
  })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  matchThreshold?: number | null;

  @Field(() => Int, { nullable: true, description: 'Most proposals per need, 1–100' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  matchTopK?: number | null;
}
