import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StandardAnswer } from './standard-answer.entity';
import { StandardAnswersAdminController, StandardAnswersController } from './standard-answers.controller';
import { StandardAnswersService } from './standard-answers.service';

@Module({
  imports: [TypeOrmModule.forFeature([StandardAnswer])],
  controllers: [StandardAnswersAdminController, StandardAnswersController],
  providers: [StandardAnswersService],
  exports: [StandardAnswersService],
})
export class KnowledgeModule {}
