import { Injectable } from '@nestjs/common';
import type { Principal } from '../../access/principal';

/** What a notification points at, as the reader may see it now. */
export interface NotificationTarget {
  title: string;
  /** The web app's path to open it, e.g. `/briefing-notes/<id>`. */
  path: string;
}

/**
 * Features tell notifications how to show their records. Each resolver decides through the access
 * policy; a record the reader can no longer read resolves to nothing (the notification then says
 * only that it is no longer available).
 */
export type TargetResolver = (
  principal: Principal,
  ids: readonly string[],
) => Promise<Map<string, NotificationTarget>>;

@Injectable()
export class NotificationTargets {
  private readonly resolvers = new Map<string, TargetResolver>();

  register(resourceType: string, resolver: TargetResolver): void {
    this.resolvers.set(resourceType, resolver);
  }

  async resolve(
    principal: Principal,
    refs: readonly { resourceType: string; resourceId: string }[],
  ): Promise<Map<string, NotificationTarget>> {
    const byType = new Map<string, Set<string>>();
    for (const ref of refs) {
      const ids = byType.get(ref.resourceType) ?? new Set<string>();
      ids.add(ref.resourceId);
      byType.set(ref.resourceType, ids);
    }
    const out = new Map<string, NotificationTarget>();
    for (const [type, ids] of byType) {
      const resolver = this.resolvers.get(type);
      if (!resolver) continue;
      for (const [id, target] of await resolver(principal, [...ids]))
        out.set(`${type}:${id}`, target);
    }
    return out;
  }
}
