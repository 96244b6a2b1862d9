import { Module } from '@nestjs/common';
import { TaxonomyResolver } from './taxonomy.resolver.js';
import { TaxonomyService } from './taxonomy.service.js';

@Module({ providers: [TaxonomyService, TaxonomyResolver], exports: [TaxonomyService] })
export class TaxonomyModule {}
