import { Injectable } from '@nestjs/common';
import type { ResolvedPeriod } from '../credit/period.js';
import { SPIKE_EVENTS_LISTED, SPIKE_RATIO } from './dto/credit-spike.objects.js';
import { RingRepository } from './ring.repository.js';

/** A flagged pair, by user id; see credit-rings.sql for the definition. */
export interface CreditRing {
  userIds: [string, string];
  flows: { fromId: string; toId: string; points: number; receivedTotal: number; share: number }[];
  mutualPoints: number;
  share: number;
}

/** A person's flagged day, by user id; see credit-spikes.sql for the definition. */
export interface CreditSpike {
  userId: string;
  day: Date;
  points: number;
  medianPoints: number;
  events: {
    eventId: string;
    kind: string;
    actorId: string;
    assetId: string | null;
    occurredAt: Date;
    points: number;
  }[];
}

/** Finds pairs who mostly credit each other and days of unusual credit, for an admin to review. */
@Injectable()
export class RingService {
  constructor(private readonly repository: RingRepository) {}

  async spikes(period: ResolvedPeriod, minPoints: number): Promise<CreditSpike[]> {
    const rows = await this.repository.creditSpikes(
      period.from,
      period.to,
      minPoints,
      SPIKE_RATIO,
      SPIKE_EVENTS_LISTED,
    );
    return rows.map((r) => ({
      userId: r.user_id,
      day: r.day,
      points: r.points,
      medianPoints: r.median,
      events: r.events.map((e) => ({
        eventId: e.eventId,
        kind: e.type,
        actorId: e.actorId,
        assetId: e.assetId,
        occurredAt: new Date(e.occurredAt),
        points: e.points,
      })),
    }));
  }

  async rings(period: ResolvedPeriod, minMutualPoints: number): Promise<CreditRing[]> {
    const rows = await this.repository.creditRings(period.from, period.to, minMutualPoints);
    return rows.map((r) => {
      const flows = [
        { fromId: r.a, toId: r.b, points: r.a_to_b, receivedTotal: r.received_b, share: r.a_to_b / r.received_b },
        { fromId: r.b, toId: r.a, points: r.b_to_a, receivedTotal: r.received_a, share: r.b_to_a / r.received_a },
      ];
      return {
        userIds: [r.a, r.b],
        flows,
        mutualPoints: Math.min(r.a_to_b, r.b_to_a),
        share: Math.min(...flows.map((f) => f.share)),
      };
    });
  }
}
