/** This region's records (all files, alternates included) as CSV, same columns as the bulk atlas.csv. */
import type { APIRoute } from 'astro';
import { toCsv } from '../../../site/csv.ts';
import { regionDownloadPaths, regionRecords } from '../../../site/downloads.ts';
import type { RegionGroup } from '../../../site/regions.ts';

export const getStaticPaths = regionDownloadPaths;

export const GET: APIRoute = ({ props }) => {
  const csv = toCsv(regionRecords((props as { group: RegionGroup }).group));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
