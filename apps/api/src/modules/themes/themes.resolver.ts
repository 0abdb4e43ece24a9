import { Query, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Public } from '../../auth/public.decorator';
import { ThemeEntity } from './theme.entity';
import { ThemeModel } from './theme.model';

@Resolver(() => ThemeModel)
export class ThemesResolver {
  constructor(@InjectRepository(ThemeEntity) private readonly themeRepo: Repository<ThemeEntity>) {}

  /** The taxonomy is public: it names subjects, not positions. */
  @Public()
  @Query(() => [ThemeModel])
  themes(): Promise<ThemeModel[]> {
    return this.themeRepo.find({ order: { name: 'ASC' } });
  }
}
