import { Brackets, type WhereExpressionBuilder } from 'typeorm';
import { isStaff, type Principal } from './principal';

export interface ReadScopeColumns {
  /** The resource type, as stored in resource_readers. */
  resourceType: string;
  idColumn?: string;
  classificationColumn?: string;
  ownerColumn?: string;
  /** Column holding the consultation round a record is shared with; omit if the feature has none. */
  guestRoundColumn?: string;
}

let scopeCounter = 0;

/**
 * The SQL form of `decide(principal, 'read', record)`: a WHERE clause that keeps only rows the
 * principal may read, so lists, counts and search are filtered by the database, not in memory.
 * A test checks it row by row against the policy for every principal and classification.
 */
export function readScope(p: Principal, alias: string, columns: ReadScopeColumns): Brackets {
  const n = ++scopeCounter;
  const col = (name: string) => `${alias}.${name}`;
  const classification = col(columns.classificationColumn ?? 'classification');
  const owner = col(columns.ownerColumn ?? 'ownerPartner');
  const id = col(columns.idColumn ?? 'id');
  const param = (name: string) => `scope${n}_${name}`;

  return new Brackets((qb: WhereExpressionBuilder) => {
    qb.where(`${classification} = 'PUBLIC'`);
    if (p.kind === 'ANONYMOUS') return;
    if (p.kind === 'GUEST') {
      if (columns.guestRoundColumn && p.guestRoundIds.length > 0) {
        qb.orWhere(
          `(${classification} = 'PARTNERS' AND ${col(columns.guestRoundColumn)} IN (:...${param('rounds')}))`,
          { [param('rounds')]: [...p.guestRoundIds] },
        );
      }
      return;
    }
    if (!isStaff(p)) return;
    qb.orWhere(`${classification} = 'PARTNERS'`);
    if (p.partnerCode) {
      qb.orWhere(`(${classification} = 'PARTNER_PRIVATE' AND ${owner} = :${param('partner')})`, {
        [param('partner')]: p.partnerCode,
      });
    }
    if (p.cleared) {
      qb.orWhere(`${classification} = 'RESTRICTED'`);
    } else if (p.userId) {
      qb.orWhere(
        `(${classification} = 'RESTRICTED' AND EXISTS (SELECT 1 FROM resource_readers rr${n} ` +
          `WHERE rr${n}."resourceType" = :${param('type')} AND rr${n}."resourceId" = ${id} ` +
          `AND rr${n}."userId" = :${param('user')}))`,
        { [param('type')]: columns.resourceType, [param('user')]: p.userId },
      );
    }
  });
}
