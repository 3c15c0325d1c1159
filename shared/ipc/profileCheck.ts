// The argument check of a unit profile, shared by the unit's and the aggregator's operations.
import { SIGNER_AUTHORITIES } from '../domain/unitProfile';
import { UNIT_KINDS } from '../domain/units';
import { any, arrayOf, obj, oneOf, optional, record, str, type Check } from './schema';

export const UNIT_PROFILE_CHECK: Check = obj({
  code: str(40),
  name: str(200),
  kind: oneOf(UNIT_KINDS),
  profileId: str(40),
  parentBody: str(200),
  placeName: str(100),
  docSymbol: str(30),
  signer: obj({ authority: oneOf(SIGNER_AUTHORITIES), onBehalfOf: str(120), title: str(120), name: str(120) }),
  kinhGui: arrayOf(str(200), 20),
  recipients: arrayOf(str(200), 30),
  archiveTag: str(30),
  planRef: str(500),
  periodOverrides: obj({ cutoff: optional(record(any)), deadline: optional(record(any)) }),
});
