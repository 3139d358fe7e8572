import { Module } from '@nestjs/common';
import { MatchesModule } from '../matches/matches.module';
import { MatchMeetingsResolver, MeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';

@Module({
  imports: [MatchesModule],
  providers: [MeetingsService, MeetingsResolver, MatchMeetingsResolver],
})
export class MeetingsModule {}
