import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DatabaseModule } from '../../database/database.module';
import { PartnerEntity } from './partner.entity';
import { PartnersResolver } from './partners.resolver';
import { PartnersService } from './partners.service';

@Global()
@Module({
  // DatabaseModule first: migrations and reference data exist before the partner cache loads.
  imports: [DatabaseModule, TypeOrmModule.forFeature([PartnerEntity])],
  providers: [PartnersService, PartnersResolver],
  exports: [PartnersService],
})
export class PartnersModule {}
