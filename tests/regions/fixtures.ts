/** Report texts from tests/fixtures with the issuer each was printed under. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

export function fixtureText(path: string): string {
  return readFileSync(fixtures + path, 'utf8');
}

export interface ExpectedRegion {
  file: string;
  issuer: string;
  code: string;
  name: string;
  level: 'province' | 'prefecture' | 'county' | 'township';
  path: string[];
  bodyType: 'government' | 'office' | 'department' | 'township' | 'zone';
  body: string;
}

/** Worked out from the texts and the code table (see docs/regions.md). */
export const expectedRegions: ExpectedRegion[] = [
  {
    file: 'seeds/000_5d77362307499405.txt',
    issuer: '化隆县',
    code: '630224',
    name: '化隆回族自治县',
    level: 'county',
    path: ['青海省', '海东市', '化隆回族自治县'],
    bodyType: 'government',
    body: '化隆县人民政府',
  },
  {
    file: 'seeds/001_06c190fbb6a81427.txt',
    issuer: '隆德县城关镇人民政府',
    code: '640423100',
    name: '城关镇',
    level: 'township',
    path: ['宁夏回族自治区', '固原市', '隆德县', '城关镇'],
    bodyType: 'township',
    body: '隆德县城关镇人民政府',
  },
  {
    file: 'seeds/002_5aff47976b242122.txt',
    issuer: '石台县人民政府',
    code: '341722',
    name: '石台县',
    level: 'county',
    path: ['安徽省', '池州市', '石台县'],
    bodyType: 'government',
    body: '石台县人民政府',
  },
  {
    file: 'seeds/003_4a212a54c74a48a0.txt',
    issuer: '永宁县人民政府办公室',
    code: '640121',
    name: '永宁县',
    level: 'county',
    path: ['宁夏回族自治区', '银川市', '永宁县'],
    bodyType: 'office',
    body: '永宁县人民政府办公室',
  },
  {
    file: 'seeds/004_a0c218d13443adaa.txt',
    issuer: '利通区',
    code: '640302',
    name: '利通区',
    level: 'county',
    path: ['宁夏回族自治区', '吴忠市', '利通区'],
    bodyType: 'government',
    body: '利通区人民政府',
  },
  {
    file: 'realworld/huaian-2024.pdftotext.txt',
    issuer: '淮安市人民政府',
    code: '3208',
    name: '淮安市',
    level: 'prefecture',
    path: ['江苏省', '淮安市'],
    bodyType: 'government',
    body: '淮安市人民政府',
  },
  {
    file: 'realworld/hongze-2023.pdftotext.txt',
    issuer: '洪泽区人民政府',
    code: '320813',
    name: '洪泽区',
    level: 'county',
    path: ['江苏省', '淮安市', '洪泽区'],
    bodyType: 'government',
    body: '洪泽区人民政府',
  },
  {
    file: 'realworld/hongze-2024.pdftotext.txt',
    issuer: '淮安市洪泽区人民政府',
    code: '320813',
    name: '洪泽区',
    level: 'county',
    path: ['江苏省', '淮安市', '洪泽区'],
    bodyType: 'government',
    body: '淮安市洪泽区人民政府',
  },
];
