import { Module } from '@nestjs/common';
import { TaxonomyRepository } from './taxonomy.repository.js';
import { TaxonomyResolver } from './taxonomy.resolver.js';
import { TaxonomyService } from './taxonomy.service.js';

@Module({ providers: [TaxonomyService, TaxonomyRepository, TaxonomyResolver], exports: [TaxonomyService] })
export class TaxonomyModule {}
