import { Module } from '@nestjs/common';
import { AssetModule } from '../asset/asset.module.js';
import { CommentModule } from '../comment/comment.module.js';
import { CreditModule } from '../credit/credit.module.js';
import { NotificationModule } from '../notification/notification.module.js';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { UserModule } from '../user/user.module.js';
import { QuestionLoader } from './question.loader.js';
import { ExpertSuggestionResolver, QuestionResolver } from './question.resolver.js';
import { QuestionRepository } from './question.repository.js';
import { QuestionService } from './question.service.js';

@Module({
  imports: [AssetModule, CommentModule, CreditModule, NotificationModule, TaxonomyModule, UserModule],
  providers: [QuestionRepository, QuestionService, QuestionLoader, QuestionResolver, ExpertSuggestionResolver],
})
export class QuestionModule {}
