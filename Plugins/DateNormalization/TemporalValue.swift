/// The kind of a temporal expression, as TIMEX3 names it.
public enum TemporalLabel: String, Sendable, Hashable, CaseIterable {
  /// A calendar date or period: 2025-10-15, 2025-10, 2025, 2026-W04, 2025-Q1.
  case date = "DATE"
  /// A clock time, with its date when known: 2026-01-29T10:00.
  case time = "TIME"
  /// An amount of time: P3Y, P2M, PT2H.
  case duration = "DURATION"
  /// A recurrence: P1D (daily), XXXX-WXX-5 (every Friday).
  case set = "SET"
}

/// Where the reference date of a document came from.
public enum AnchorSource: String, Sendable, Hashable {
  /// The corpus metadata (`date` in metadata.csv or a JSON Lines record).
  case metadata
  /// The stage's `reference_date` setting.
  case config
  /// `--reference-date` on the command line.
  case reference
  /// A publication line or dateline found in the document text.
  case text
  /// No anchor: relative expressions stay underspecified.
  case none
}

/// The date (and, for evaluation against Duckling, the time) relative expressions count from.
public struct TemporalAnchor: Sendable, Hashable {
  public var date: CivilDate
  /// Seconds since midnight, when the reference is an instant rather than a day.
  public var secondOfDay: Int?
  /// The reference's offset from UTC in minutes, when it states one (`-02:00` is -120):
  /// clock times given in GMT are converted to it.
  public var utcOffsetMinutes: Int?
  public var source: AnchorSource

  public init(date: CivilDate, secondOfDay: Int? = nil, utcOffsetMinutes: Int? = nil, source: AnchorSource) {
    self.date = date
    self.secondOfDay = secondOfDay
    self.utcOffsetMinutes = utcOffsetMinutes
    self.source = source
  }
}

/// One normalized temporal expression found in a text.
public struct TemporalExpression: Sendable, Hashable {
  /// Scalar offsets into the original text, end exclusive.
  public var start: Int
  public var end: Int
  public var label: TemporalLabel
  /// The TIMEX3 value: 2025-10-15, 2025-10, XXXX-12, 2026-W04, P2M, 2026-01-29T10:00.
  public var value: String
  /// START, MID, END, APPROX, BEFORE, AFTER, ON_OR_BEFORE, MORE_THAN, LESS_THAN.
  public var mod: String?
  /// Whether the value was computed from the anchor (a relative or year-less expression).
  public var anchored: Bool
  /// The finest unit the expression names: second ... decade.
  public var grain: String
  /// The Hijri reading (`1432-09-14`) of an expression written in the Hijri calendar.
  public var hijri: String?
  /// For an expression left underspecified for lack of an anchor: the offset from the
  /// document date it denotes, as an ISO 8601 duration with a sign ("-P1D" for أمس).
  public var offset: String?
  /// The expression's text as written.
  public var text: String
  /// The Hebrew date ("10 Tishrei 5779") of a Jewish holiday.
  public var hebrew: String? = nil
}
