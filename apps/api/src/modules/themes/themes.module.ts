import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ThemeEntity } from './theme.entity';
import { ThemesResolver } from './themes.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([ThemeEntity])],
  providers: [ThemesResolver],
})
export class ThemesModule {}
