import WorkbenchCore

extension DateNormalizationStage {
  /// The stage's settings (YAML keys under `config:`).
  public struct Configuration: StageConfiguration {
    /// The anchor for documents without a metadata date (`2026-01-28`); overrides
    /// `--reference-date`.
    @Setting("reference_date", help: "anchor for documents without a metadata date (YYYY-MM-DD)")
    public var referenceDate: String? = nil
    /// Where a date without a year falls: nearest (default: the sentence's tense decides,
    /// else the nearest occurrence), or always future or past.
    @Setting("prefer", help: "where a date without a year falls: nearest (by the sentence's tense), future or past")
    public var prefer: TemporalPreference = .nearest
    /// The order of a numeric date both of whose first fields could be a month: auto (day
    /// first in Arabic, month first in English), day-first or month-first.
    @Setting(
      "numeric_order",
      help: "3/4 as day/month or month/day: auto (by the language around it), day-first or month-first")
    public var numericOrder: NumericDateOrder = .auto
    /// The kind of text: news (default) or short assistant queries, whose shorthand ("sat",
    /// "at 1030", "2 / 15") news text does not get.
    @Setting(
      "register",
      help: "news (default) or query: also read assistant shorthand such as 'sat', 'at 1030', '2 / 15', 'tonight at 2'")
    public var register: TemporalRegister = .news
    /// How to read numeric dates without a marker: gregorian (default) or hijri.
    @Setting("numeric_calendar", help: "read numeric dates without a marker as gregorian or hijri")
    public var numericCalendar = NumericCalendar.gregorian
    /// Look for a publication line or dateline when no other anchor is known.
    @Setting("find_publication_date", help: "anchor on a publication line or dateline when nothing else is known")
    public var findPublicationDate = true

    public init() {}

    public func validate() throws {
      if let referenceDate, CivilDate(iso: referenceDate) == nil {
        throw ConfigurationError.invalid(
          field: "reference_date", message: "must be an ISO 8601 date such as 2026-01-28, found '\(referenceDate)'")
      }
    }

    /// The calendar of numeric dates without a marker.
    public enum NumericCalendar: String, Codable, Hashable, Sendable, CaseIterable {
      case gregorian
      case hijri
    }
  }
}
