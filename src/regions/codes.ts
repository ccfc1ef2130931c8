/**
 * Contact-line codes → province (2-digit division code).
 *
 * Postal codes (邮政编码): China Post assigns the first two digits by province
 * (GB/T 2260 province ↔ postal zone). The mapping below is the published zone
 * table. Known exceptions exist (阿拉善盟 in 内蒙古 uses 75xxxx, Ningxia's zone),
 * so a postal code is a weighted clue, never a verdict.
 *
 * Telephone area codes (长途区号): the national plan groups area codes by
 * region; the province follows from the first two or three digits after the 0
 * (0951 银川 → 宁夏, 0566 池州 → 安徽). Listed as prefixes; the longest
 * matching prefix wins, so 0898 (海南) overrides 089 (西藏).
 *
 * Prefecture-level mapping is deliberately not attempted: neither code is
 * derivable from the division table and a hand-typed 340-row table would be
 * the kind of silent guess this module avoids.
 */

/** First two postal digits → province code. */
const postalZones: Record<string, string> = {
  '10': '11', // 北京
  '30': '12', // 天津
  '05': '13', '06': '13', '07': '13', // 河北
  '03': '14', '04': '14', // 山西
  '01': '15', '02': '15', // 内蒙古
  '11': '21', '12': '21', // 辽宁
  '13': '22', // 吉林
  '15': '23', '16': '23', // 黑龙江
  '20': '31', // 上海
  '21': '32', '22': '32', // 江苏
  '31': '33', '32': '33', // 浙江
  '23': '34', '24': '34', // 安徽
  '35': '35', '36': '35', // 福建
  '33': '36', '34': '36', // 江西
  '25': '37', '26': '37', '27': '37', // 山东
  '45': '41', '46': '41', '47': '41', // 河南
  '43': '42', '44': '42', // 湖北
  '41': '43', '42': '43', // 湖南
  '51': '44', '52': '44', // 广东
  '53': '45', '54': '45', // 广西
  '57': '46', // 海南
  '40': '50', // 重庆
  '61': '51', '62': '51', '63': '51', '64': '51', // 四川
  '55': '52', '56': '52', // 贵州
  '65': '53', '66': '53', '67': '53', // 云南
  '85': '54', '86': '54', // 西藏
  '71': '61', '72': '61', // 陕西
  '73': '62', '74': '62', // 甘肃
  '81': '63', // 青海
  '75': '64', // 宁夏
  '83': '65', '84': '65', // 新疆
};

/** Province code for a 6-digit postal code, or null when the zone is unknown. */
export function provinceOfPostalCode(postal: string): string | null {
  if (!/^\d{6}$/.test(postal)) return null;
  return postalZones[postal.slice(0, 2)] ?? null;
}

/** Area-code prefixes (with the leading 0) → province code. Longest prefix wins. */
const areaCodePrefixes: Record<string, string> = {
  // Three-digit codes of the large cities.
  '010': '11', '020': '44', '021': '31', '022': '12', '023': '50',
  '024': '21', '025': '32', '027': '42', '028': '51', '029': '61',
  // Four-digit codes, by their first three digits.
  '031': '13', '0335': '13', // 河北
  '0349': '14', '035': '14', // 山西
  '037': '41', '039': '41', // 河南
  '041': '21', '042': '21', // 辽宁
  '043': '22', // 吉林
  '045': '23', '046': '23', // 黑龙江
  '047': '15', '048': '15', // 内蒙古
  '051': '32', '052': '32', // 江苏
  '053': '37', '054': '37', '063': '37', // 山东
  '055': '34', '056': '34', // 安徽
  '057': '33', '058': '33', // 浙江
  '059': '35', // 福建
  '066': '44', '075': '44', '076': '44', // 广东
  '069': '53', '087': '53', '088': '53', // 云南
  '070': '36', '079': '36', // 江西
  '071': '42', '072': '42', // 湖北
  '073': '43', '074': '43', // 湖南
  '077': '45', // 广西
  '081': '51', '082': '51', '083': '51', // 四川
  '085': '52', // 贵州
  '089': '54', '0898': '46', '0899': '46', // 西藏; 0898/0899 海南
  '091': '61', // 陕西
  '093': '62', '094': '62', // 甘肃
  '095': '64', // 宁夏
  '097': '63', // 青海
  '090': '65', '099': '65', // 新疆
};

/** Province code for a telephone area code such as 0951 or 010, or null. */
export function provinceOfAreaCode(areaCode: string): string | null {
  for (let len = Math.min(areaCode.length, 4); len >= 3; len--) {
    const hit = areaCodePrefixes[areaCode.slice(0, len)];
    if (hit) return hit;
  }
  return null;
}
