extension TemporalParser {
  /// The season named at `j`: a season word, or ربيع (spring, also the head of the Hijri
  /// months ربيع الأول / الآخر) when a Gregorian year follows: "ربيع العام المقبل", "ربيع 2025".
  func seasonWord(_ j: Int) -> Season? {
    switch tokens[j].entry {
    case .season(let season)?: return season
    case .monthHead(.rabi)?:
      if arabicRelativeYear(j + 1) != nil { return .spring }
      if let found = yearAfter(j + 1), !found.hijri, found.year >= 1600 { return .spring }
      return nil
    default: return nil
    }
  }

  /// Where `date` falls among the seasons named `season`: the year of the latest one begun (a
  /// winter belongs to the year of its December) and whether `date` is in it.
  static func seasonPosition(_ season: Season, of date: CivilDate) -> (begun: Int, inSeason: Bool) {
    let start = season.firstMonth
    return (date.month >= start ? date.year : date.year - 1, (date.month - start + 12) % 12 < 3)
  }

  /// A season of a year: `2024-SU`.
  func seasonValue(_ season: Season, year: Int, anchored: Bool) -> ParsedValue {
    ParsedValue(
      label: .date, value: "\(pad(year, 4))-\(season.code)", mod: nil, anchored: anchored, grain: .quarter,
      hijri: nil, offset: nil, day: nil, clock: nil)
  }
}

extension TemporalParser {
  /// The year after a list or range of months, which all of them share: "2022", "من عام
  /// 2022", and a year relative to the anchor, "من العام الجاري", "العام المقبل" ("بين يناير
  /// ومارس من العام الجاري").
  func sharedYear(_ k: Int) -> (year: Int, anchored: Bool, next: Int)? {
    if let found = yearAfter(k) { return found.hijri ? nil : (found.year, false, found.next) }
    guard let anchor else { return nil }
    let at = keyword(k) == .of ? k + 1 : k
    guard let (offset, next) = arabicRelativeYear(at) else { return nil }
    return (anchor.date.year + offset, true, next)
  }
}
