import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryFile } from '../../core/database/query-file.js';

const SPIKES_SQL = queryFile('credit-spikes.sql');

export interface CreditSpikeRow {
  user_id: string;
  day: Date;
  points: number;
  median: number;
  events: {
    eventId: string;
    type: string;
    actorId: string;
    assetId: string | null;
    occurredAt: string;
    points: number;
  }[];
}

/** The review flags' reads over the ledger. */
@Injectable()
export class RingRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** See credit-spikes.sql. */
  creditSpikes(from: Date, to: Date, minPoints: number, ratio: number, maxEvents: number): Promise<CreditSpikeRow[]> {
    return this.dataSource.query<CreditSpikeRow[]>(SPIKES_SQL, [from, to, minPoints, ratio, maxEvents]);
  }
}
