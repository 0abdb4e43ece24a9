import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../auth/public.decorator';
import { PartnerModel } from './partner.model';
import { PartnersService } from './partners.service';

@Resolver(() => PartnerModel)
export class PartnersResolver {
  constructor(private readonly partnersService: PartnersService) {}

  /** The membership of the Berne Process is public knowledge. */
  @Public()
  @Query(() => [PartnerModel])
  partners(): PartnerModel[] {
    return this.partnersService.list();
  }
}
