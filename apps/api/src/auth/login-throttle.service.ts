import { Inject, Injectable } from '@nestjs/common';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { AppError } from '../common/app-error';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { REDIS_CLIENT, type RedisClient } from '../redis/redis.module';

/**
 * Counts failed logins per account and per IP. With REDIS_URL the counters live in Redis, so every
 * replica sees the same numbers; otherwise they are kept in memory (one process).
 */
@Injectable()
export class LoginThrottleService {
  private readonly perAccount: RateLimiterAbstract;
  private readonly perIp: RateLimiterAbstract;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(REDIS_CLIENT) redis: RedisClient | null,
  ) {
    const { perAccount, perIp, blockSeconds } = config.loginThrottle;
    const make = (name: string, points: number) => {
      const keyPrefix = `${config.redisPrefix}:${name}`;
      return redis
        ? new RateLimiterRedis({
            storeClient: redis,
            useRedisPackage: true,
            keyPrefix,
            points,
            duration: blockSeconds,
            blockDuration: blockSeconds,
          })
        : new RateLimiterMemory({
            keyPrefix,
            points,
            duration: blockSeconds,
            blockDuration: blockSeconds,
          });
    };
    this.perAccount = make('login_fail_account', perAccount);
    this.perIp = make('login_fail_ip', perIp);
  }

  /** Throws TOO_MANY_ATTEMPTS if either counter is exhausted. */
  async assertAllowed(email: string, ip: string): Promise<void> {
    const [account, address] = await Promise.all([this.perAccount.get(email), this.perIp.get(ip)]);
    const blocked = [
      [account, this.perAccount],
      [address, this.perIp],
    ].filter(([res, limiter]) => {
      const r = res as RateLimiterRes | null;
      return r !== null && r.consumedPoints >= (limiter as RateLimiterAbstract).points;
    });
    if (blocked.length > 0) {
      const retryMs = Math.max(...blocked.map(([res]) => (res as RateLimiterRes).msBeforeNext));
      throw this.tooMany(retryMs);
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.all([this.perAccount.penalty(email, 1), this.perIp.penalty(ip, 1)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }

  private tooMany(retryMs: number): AppError {
    const minutes = Math.max(1, Math.ceil(retryMs / 60_000));
    return new AppError(
      'TOO_MANY_ATTEMPTS',
      `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      { retryAfterSeconds: Math.ceil(retryMs / 1000) },
    );
  }
}
