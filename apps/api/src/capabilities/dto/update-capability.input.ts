import { InputType, PartialType } from '@nestjs/graphql';
import { CreateCapabilityInput } from './create-capability.input';

/** Only the fields given change. */
@InputType()
export class UpdateCapabilityInput extends PartialType(CreateCapabilityInput) {}
