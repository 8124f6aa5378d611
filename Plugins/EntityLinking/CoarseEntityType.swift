/// The four mention types the tagger learns, and how the types of annotated corpora map to them.
public enum CoarseEntityType {
  public static let all = ["PERSON", "LOCATION", "ORGANIZATION", "MISC"]

  /// CoNLL's PER/LOC/ORG/MISC and WikiFANE's 51 fine types: persons, geo-political and natural
  /// places, and organizations map to PERSON, LOCATION and ORGANIZATION; the rest (groups and
  /// nationalities, facilities, products, vehicles, weapons, celestial bodies...) to MISC.
  public static func map(_ type: String) -> String {
    if let coarse = typeMap[type] { return coarse }
    switch type.uppercased() {
    case "PER", "PERSON": return "PERSON"
    case "LOC", "LOCATION", "GPE": return "LOCATION"
    case "ORG", "ORGANIZATION", "ORGANISATION": return "ORGANIZATION"
    default: return "MISC"
    }
  }

  /// WikiFANE's fine types with a coarse person, place or organization type.
  public static let typeMap: [String: String] = {
    var map: [String: String] = [:]
    for type in [
      "Politician", "Artist", "Scientist", "Religious_PER", "Other_PER", "Athlete", "Businessperson",
      "Engineer", "Police", "Lawyer",
    ] { map[type] = "PERSON" }
    for type in [
      "Population-Center", "Nation", "State-or-Province", "County-or-District", "Continent", "GPE-Cluster",
      "Water-Body", "Land-Region-Natural",
    ] { map[type] = "LOCATION" }
    for type in [
      "Government", "Commercial", "Non-Governmental", "Educational", "Media", "Sports", "Religious_ORG",
      "Entertainment", "Medical-Science",
    ] { map[type] = "ORGANIZATION" }
    return map
  }()
}
