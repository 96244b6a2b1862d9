import { Module } from '@nestjs/common';
import { WinLossResolver } from './win-loss.resolver.js';
import { WinLossService } from './win-loss.service.js';

/** The read side of win/loss: analytics over deals. (Win/loss analyses themselves are assets.) */
@Module({ providers: [WinLossService, WinLossResolver], exports: [WinLossService] })
export class WinLossModule {}
