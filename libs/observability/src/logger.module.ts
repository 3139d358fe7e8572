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
        // One line per request with what an operator needs, not every header.
        serializers: {
          req: (req: { id: unknown; method: string; url: string }) => ({
            id: req.id,
            method: req.method,
            url: req.url,
          }),
          res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        },
        autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
      },
    }),
  });
