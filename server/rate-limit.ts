import type { Redis as RedisClient } from 'ioredis';

/**
 * Fixed-window counters: at most `limit` hits per key in each window of `windowMs`. Keys are
 * opaque (the server passes a salted hash of the address, never the address itself).
 */
export interface RateDecision {
  allowed: boolean;
  /** Seconds until the window ends (for Retry-After); 0 when allowed. */
  retryAfterS: number;
}

export interface RateLimiter {
  hit(key: string): Promise<RateDecision>;
}

export interface RateRule {
  limit: number;
  windowMs: number;
}

const decide = (count: number, rule: RateRule, msLeft: number): RateDecision =>
  count <= rule.limit
    ? { allowed: true, retryAfterS: 0 }
    : { allowed: false, retryAfterS: Math.max(1, Math.ceil(msLeft / 1000)) };

export class MemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();

  constructor(
    private readonly rule: RateRule,
    private readonly now: () => number = Date.now,
  ) {}

  async hit(key: string): Promise<RateDecision> {
    return this.hitNow(key);
  }

  /** The same, synchronously (per-connection message caps check every message). */
  hitNow(key: string): RateDecision {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now >= window.endsAt) {
      if (this.windows.size > 10_000) this.purge(now);
      window = { count: 0, endsAt: now + this.rule.windowMs };
      this.windows.set(key, window);
    }
    window.count += 1;
    return decide(window.count, this.rule, window.endsAt - now);
  }

  forget(key: string) {
    this.windows.delete(key);
  }

  purge(now = this.now()) {
    for (const [key, window] of this.windows) if (now >= window.endsAt) this.windows.delete(key);
  }
}

/** The same counters in Redis (INCR + PEXPIRE NX), so every instance shares them. */
export class RedisRateLimiter implements RateLimiter {
  constructor(
    private readonly redis: RedisClient,
    private readonly name: string,
    private readonly rule: RateRule,
    private readonly prefix = 'omt-class',
  ) {}

  async hit(key: string): Promise<RateDecision> {
    const redisKey = `${this.prefix}:rate:${this.name}:${key}`;
    const results = await this.redis
      .multi()
      .incr(redisKey)
      .pexpire(redisKey, this.rule.windowMs, 'NX')
      .pttl(redisKey)
      .exec();
    const count = Number(results?.[0]?.[1] ?? 0);
    const msLeft = Number(results?.[2]?.[1] ?? this.rule.windowMs);
    return decide(count, this.rule, msLeft);
  }
}
