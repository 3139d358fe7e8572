import { InputType, PartialType } from '@nestjs/graphql';
import { CreateNeedInput } from './create-need.input';

/** Only the fields given change; `budget: null` and `deadline: null` clear them. */
@InputType()
export class UpdateNeedInput extends PartialType(CreateNeedInput) {}
