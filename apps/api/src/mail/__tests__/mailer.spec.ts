import { Logger } from '@nestjs/common';
import { loadConfig } from '../../config/config';
import { ConfiguredMailer } from '../mailer';

describe('ConfiguredMailer without SMTP_URL', () => {
  const message = { to: 'a@berne.example', subject: 'Reset', text: 'open https://portal/reset-password?token=SECRET123' };
  let logged: string[];
  beforeEach(() => {
    logged = [];
    jest.spyOn(Logger.prototype, 'log').mockImplementation((m: unknown) => void logged.push(String(m)));
    jest.spyOn(Logger.prototype, 'warn').mockImplementation((m: unknown) => void logged.push(String(m)));
  });
  afterEach(() => jest.restoreAllMocks());

  it('writes the message with its link to the server log in development', async () => {
    await new ConfiguredMailer(loadConfig({ NODE_ENV: 'development' })).send(message);
    expect(logged.join('\n')).toContain('token=SECRET123');
  });

  it('never logs the link in production, only that mail is not configured', async () => {
    await new ConfiguredMailer(loadConfig({ NODE_ENV: 'production' })).send(message);
    expect(logged.join('\n')).not.toContain('SECRET123');
    expect(logged.join('\n')).toMatch(/SMTP_URL is not set/);
  });
});
