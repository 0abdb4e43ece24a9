import { Global, Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CollabDocuments } from './collab-documents';
import { CollabGateway } from './collab.gateway';
import { TypeOrmCollabStorage } from './typeorm-collab.storage';

/** Live co-editing: features register their documents with CollabDocuments. */
@Global()
@Module({
  imports: [AuthModule],
  providers: [CollabDocuments, TypeOrmCollabStorage, CollabGateway],
  exports: [CollabDocuments, CollabGateway, TypeOrmCollabStorage],
})
export class CollabModule {}
