import { ENV, type Env } from '@app/config';
import { LoggerModule } from 'nestjs-pino';

/** Structured JSON logs; credentials never reach them. */
export const structuredLogger = (service: string) =>
  LoggerModule.forRootAsync({
    inject: [ENV],
    useFactory: (env: Env) => ({
      pinoHttp: {
        level: env.LOG_LEVEL,
        base: { service },
        redact: ['req.headers.authorization', 'req.headers.cookie', 'req.body.variables.password'],
        autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
      },
    }),
  });
