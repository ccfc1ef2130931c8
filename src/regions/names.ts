/**
 * How division names are printed versus how the code table spells them.
 *
 * Reports print 化隆县 for 化隆回族自治县, 黔东南州 for 黔东南苗族侗族自治州,
 * 宁夏 for 宁夏回族自治区, 某某街道 for 某某街道办事处. These functions derive the
 * printed forms from the official name; nothing here is a list of places.
 */

/**
 * Names of China's ethnic groups as they appear in autonomous-area names
 * (各 covers 各族自治县). Longest first so 东乡 wins over a shorter match.
 */
const ethnicGroups = [
  '乌孜别克', '柯尔克孜', '维吾尔', '哈萨克', '塔吉克', '塔塔尔', '达斡尔', '鄂温克', '鄂伦春', '俄罗斯',
  '蒙古', '布依', '朝鲜', '土家', '哈尼', '傈僳', '高山', '拉祜', '东乡', '纳西', '景颇', '仫佬', '布朗',
  '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '保安', '裕固', '独龙', '赫哲', '门巴', '珞巴', '基诺', '德昂',
  '回', '藏', '苗', '彝', '壮', '满', '侗', '瑶', '白', '黎', '傣', '佤', '畲', '水', '土', '羌', '怒', '京', '各',
];

// In autonomous-area names multi-character group names may drop 族 (巴里坤哈萨克自治县);
// one-character ones may not, or 长白朝鲜族 would split as 长 + 白. Stems have two
// characters at least, or 内蒙古自治区 would read as 内 + 蒙古.
const anyGroup = ethnicGroups.join('|');
const longGroup = ethnicGroups.filter((g) => g.length > 1).join('|');
const autonomyToken = `(?:(?:${longGroup})族?|(?:${anyGroup})族)`;
const autonomousName = new RegExp(`^(.{2,}?)(?:${autonomyToken})+自治(县|旗|州|区)$`);
// Ethnic townships and districts always write 族 or 民族: 于家务回族乡, 查巴奇鄂温克民族乡, 管城回族区.
const ethnicToken = `(?:(?:${anyGroup})(?:民)?族)`;
const ethnicTownship = new RegExp(`^(.{2,}?)(?:${ethnicToken})+(乡|镇|苏木)$`);
const ethnicDistrict = new RegExp(`^(.{2,}?)(?:${ethnicToken})+(区)$`);

/**
 * The part of a name before its autonomy designation and generic suffix:
 * 化隆回族自治县 → 化隆, 宁夏回族自治区 → 宁夏, 东乡族自治县 → 东乡, 淮安市 → 淮安.
 */
export function nameStem(name: string): string {
  const auto = autonomousName.exec(name);
  if (auto) return auto[1];
  const bare = /^(.{2,}?)族?自治(县|旗|州|区)$/.exec(name);
  if (bare) return bare[1];
  const generic = /^(.{2,}?)(省|市|县|区|旗|盟|地区|林区|特区|街道办事处|街道|地区办事处|镇|乡|苏木)$/.exec(name);
  return generic ? generic[1] : name;
}

/**
 * Printed forms of an official name that identify the division on their own
 * (used to match issuers). Stems without a suffix are not included except for
 * provinces (宁夏, 内蒙古), which reports routinely print bare.
 */
export function divisionAliases(name: string, level: 'province' | 'prefecture' | 'county' | 'township'): string[] {
  const out = new Set<string>([name]);
  const auto = autonomousName.exec(name) ?? /^(.{2,}?)族?自治(县|旗|州|区)$/.exec(name);
  if (auto && level !== 'province') out.add(auto[1] + auto[2]); // 化隆县, 黔东南州, 鄂伦春旗
  const district = level === 'county' ? ethnicDistrict.exec(name) : null;
  if (district) out.add(district[1] + district[2]); // 管城回族区 → 管城区
  if (level === 'province') out.add(nameStem(name));
  if (level === 'township') {
    const office = /^(.+(?:街道|地区))办事处$/.exec(name);
    if (office) out.add(office[1]); // 漓东街道办事处 → 漓东街道
    const ethnic = ethnicTownship.exec(name);
    if (ethnic) out.add(ethnic[1] + ethnic[2]); // 于家务回族乡 → 于家务乡
  }
  // Indexed in the form issuers and texts are compared in (NFKC: （ → ( ).
  return [...new Set([...out].map((a) => a.normalize('NFKC')))].filter((a) => a.length >= 2);
}

/**
 * Forms worth counting when the report text mentions an ancestor: the aliases,
 * plus the bare stem of prefectures when it is at least two characters
 * (reports write 吴忠 as often as 吴忠市).
 */
export function mentionForms(name: string, level: 'province' | 'prefecture' | 'county' | 'township'): string[] {
  const forms = new Set(divisionAliases(name, level));
  if (level === 'prefecture') {
    const stem = nameStem(name);
    if (stem.length >= 2 && stem !== name) forms.add(stem);
  }
  return [...forms];
}

/** Alternative generic suffixes a renamed county may still be printed with (撤县设区, 撤县设市). */
export const renamedCountySuffixes: readonly string[] = ['县', '区', '市', '旗'];

/** Text as clue extraction sees it: NFKC (full-width digits and colons), no whitespace. */
export function compactText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}
