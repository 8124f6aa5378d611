import WorkbenchCore

extension DateNormalizationStage {
  /// The stage's settings (YAML keys under `config:`).
  public struct Configuration: StageConfiguration {
    /// The anchor for documents without a metadata date (`2026-01-28`); overrides
    /// `--reference-date`.
    public var reference_date: String?
    /// Where a date without a year falls: nearest (default: the sentence's tense decides,
    /// else the nearest occurrence), or always future or past.
    public var prefer: TemporalPreference = .nearest
    /// The order of a numeric date both of whose first fields could be a month: auto (day
    /// first in Arabic, month first in English), day-first or month-first.
    public var numeric_order: NumericDateOrder = .auto
    /// How to read numeric dates without a marker: gregorian (default) or hijri.
    public var numeric_calendar = "gregorian"
    /// Look for a publication line or dateline when no other anchor is known.
    public var find_publication_date = true

    public init() {}

    public func validate() throws {
      if let reference_date, CivilDate(iso: reference_date) == nil {
        throw ConfigurationError.invalid(
          field: "reference_date", message: "must be an ISO 8601 date such as 2026-01-28, found '\(reference_date)'")
      }
      if !["gregorian", "hijri"].contains(numeric_calendar) {
        throw ConfigurationError.invalid(field: "numeric_calendar", message: "must be gregorian or hijri")
      }
    }

    public static var fieldHelp: [String: String] {
      [
        "reference_date": "anchor for documents without a metadata date (YYYY-MM-DD)",
        "prefer": "where a date without a year falls: nearest (by the sentence's tense), future or past",
        "numeric_order": "3/4 as day/month or month/day: auto (by the language around it), day-first or month-first",
        "numeric_calendar": "read numeric dates without a marker as gregorian or hijri",
        "find_publication_date": "anchor on a publication line or dateline when nothing else is known",
      ]
    }
  }
}
