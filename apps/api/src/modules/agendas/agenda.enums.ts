import { registerEnumType } from '@nestjs/graphql';
import {
  AGENDA_ITEM_STATES,
  AGENDA_LINK_KINDS,
  CONSENT_POSITIONS,
  INFLUENCE_REGIONS,
  VULNERABLE_GROUPS,
} from '@berne/domain';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const AgendaItemStateEnum = asEnum(AGENDA_ITEM_STATES);
export const ConsentPositionEnum = asEnum(CONSENT_POSITIONS);
export const VulnerableGroupEnum = asEnum(VULNERABLE_GROUPS);
export const InfluenceRegionEnum = asEnum(INFLUENCE_REGIONS);
export const AgendaLinkKindEnum = asEnum(AGENDA_LINK_KINDS);

registerEnumType(AgendaItemStateEnum, {
  name: 'AgendaItemState',
  description: 'proposed → in consultation → agreed / contested → withdrawn or deferred.',
});
registerEnumType(ConsentPositionEnum, { name: 'ConsentPosition' });
registerEnumType(VulnerableGroupEnum, { name: 'VulnerableGroup' });
registerEnumType(InfluenceRegionEnum, { name: 'InfluenceRegion' });
registerEnumType(AgendaLinkKindEnum, { name: 'AgendaLinkKind' });
