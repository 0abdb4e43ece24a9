import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ConfiguredMailer, MAILER, type Mailer } from './mailer';

@Global()
@Module({})
export class MailModule {
  /** The configured mailer (SMTP or development log), unless a replacement is given. */
  static forRoot(replacement?: Mailer): DynamicModule {
    return {
      module: MailModule,
      providers: [replacement ? { provide: MAILER, useValue: replacement } : { provide: MAILER, useClass: ConfiguredMailer }],
      exports: [MAILER],
    };
  }
}
