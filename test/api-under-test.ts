import { provideApiUnderTest } from '@app/testing';
import { AppModule } from '../apps/api/src/app.module';
import { parseJsonBodies } from '../apps/api/src/json-bodies';

provideApiUnderTest({ appModule: AppModule, parseJsonBodies });
