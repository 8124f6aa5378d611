/// The order in which stages are listed and coloured.
enum ReportStages {
  /// `stages` in the preferred (workflow) order first, then any others sorted by id.
  static func order(of stages: some Collection<String>, preferred: [String]) -> [String] {
    let present = Set(stages)
    var ordered = preferred.filter { present.contains($0) }
    let known = Set(ordered)
    ordered += present.filter { !known.contains($0) }.sorted()
    return ordered
  }
}
