/**
 * Regions: which administrative division a report belongs to, which kind of
 * body issued it, and the hierarchy pages group by. See docs/regions.md.
 */
export { resolveRegion, resolveRegionDetailed } from './resolve.ts';
export type { Candidate, Clue, ClueKind, RegionInput, RegionResolution } from './resolve.ts';
export { regionChecks, regionRuleIds, reportRegion, uncertainBelow } from './messages.ts';
export {
  bodiesOf,
  bodyTitle,
  breadcrumbs,
  buildRegionTree,
  descendants,
  itemsUnder,
  peerGroups,
  peerKey,
  regionLevels,
  regionSlug,
  unresolvedLabel,
  unresolvedReason,
  unresolvedSlug,
} from './tree.ts';
export type { BodyGroup, Crumb, PeerGroups, Placed, RegionNode, RegionRef, RegionTree, Unresolved } from './tree.ts';
export {
  ancestorsOf,
  childrenOf,
  divisionByCode,
  divisionTable,
  pathOf,
  type Division,
  type DivisionTable,
  type Level,
} from './divisions.ts';
export { bodyOf, isZoneDivision, normaliseIssuer, type BodyType } from './issuer.ts';
export { extractClues, type TextClues } from './clues.ts';
export { provinceOfAreaCode, provinceOfPostalCode } from './codes.ts';
export { divisionAliases, nameStem } from './names.ts';
