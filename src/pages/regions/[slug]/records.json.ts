/** This region's records (all files, alternates included) as JSON. */
import type { APIRoute } from 'astro';
import { regionDownloadPaths, regionRecords } from '../../../site/downloads.ts';
import { recordsJson } from '../../../site/json.ts';
import type { RegionGroup } from '../../../site/regions.ts';

export const getStaticPaths = regionDownloadPaths;

export const GET: APIRoute = ({ props }) => {
  const json = recordsJson(regionRecords((props as { group: RegionGroup }).group));
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
