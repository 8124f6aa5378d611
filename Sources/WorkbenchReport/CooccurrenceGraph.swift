import Foundation

/// The SVG graph of the most frequent entities: a node per entity on an ellipse (most mentioned
/// at the top, then clockwise), an edge between two entities mentioned in the same documents,
/// thicker the more documents they share. The layout depends only on the counts, so the same
/// run always draws the same picture.
struct CooccurrenceGraph {
  var entities: [EntityTally]
  /// Indices into `entities`, most mentioned first.
  var nodes: [Int]
  /// The entities of each document.
  var documentEntities: [[Int32]]

  private static let width = 1000.0
  private static let height = 660.0
  /// Past this many nodes, each node keeps only its `strongestPerNode` strongest edges: with
  /// every pair drawn, 24 entities of one corpus made a solid disc of lines.
  static let prunedAbove = 12
  static let strongestPerNode = 3

  /// The edges drawn: all of them for a small graph, else those among the strongest
  /// `strongestPerNode` of either end (ties broken by the other end's rank).
  static func shownEdges(_ pairs: [Int: Int], nodeCount: Int) -> [Int: Int] {
    guard nodeCount > prunedAbove else { return pairs }
    var byNode = [[(key: Int, count: Int)]](repeating: [], count: nodeCount)
    for (key, count) in pairs {
      byNode[key / nodeCount].append((key, count))
      byNode[key % nodeCount].append((key, count))
    }
    var kept: [Int: Int] = [:]
    for edges in byNode {
      for edge in edges.sorted(by: { ($0.count, $1.key) > ($1.count, $0.key) }).prefix(strongestPerNode) {
        kept[edge.key] = edge.count
      }
    }
    return kept
  }

  /// Colours of the entity types in the graph, most mentioned type first; further types grey.
  private static let typePalette = ["#2563eb", "#16a34a", "#ea580c", "#9333ea", "#0891b2"]
  private static let otherColor = "#6b7280"

  /// The types of the graph's entities (their labels, as their stage declared them), most
  /// mentioned first, ties by name: the order that gives each its colour.
  var types: [String] {
    var mentions: [String: Int] = [:]
    for index in nodes where !entities[index].type.isEmpty {
      mentions[entities[index].type, default: 0] += entities[index].mentions
    }
    return mentions.keys.sorted { (mentions[$0]!, $1) > (mentions[$1]!, $0) }
  }

  func svg() -> String {
    guard nodes.count >= 2 else {
      return "<p class=\"muted\">Too few entities for a co-occurrence graph.</p>\n"
    }
    let colors = Dictionary(uniqueKeysWithValues: zip(types, Self.typePalette))
    var position: [Int32: Int] = [:]
    for (slot, entity) in nodes.enumerated() { position[Int32(entity)] = slot }
    var pairs: [Int: Int] = [:]
    var members: [Int] = []
    for entitiesOfDocument in documentEntities {
      members.removeAll(keepingCapacity: true)
      for entity in entitiesOfDocument { if let slot = position[entity] { members.append(slot) } }
      guard members.count > 1 else { continue }
      for i in 0..<members.count {
        for j in (i + 1)..<members.count {
          let (a, b) = (min(members[i], members[j]), max(members[i], members[j]))
          pairs[a * nodes.count + b, default: 0] += 1
        }
      }
    }
    let allPairs = pairs.count
    pairs = Self.shownEdges(pairs, nodeCount: nodes.count)
    let maxPair = max(1, pairs.values.max() ?? 1)
    let maxMentions = Double(max(1, entities[nodes[0]].mentions))
    let cx = Self.width / 2
    let cy = Self.height / 2
    // An ellipse wider than tall: labels are horizontal, so nodes near the top and bottom
    // need more room side by side than nodes on the left and right.
    let radiusX = 300.0
    let radiusY = 245.0
    func point(_ slot: Int) -> (x: Double, y: Double, angle: Double) {
      let angle = -Double.pi / 2 + 2 * Double.pi * Double(slot) / Double(nodes.count)
      return (cx + radiusX * cos(angle), cy + radiusY * sin(angle), angle)
    }
    func f(_ value: Double) -> String { HTMLText.number(value, digits: 1) }

    var out =
      "<svg id=\"cooccurrence\" viewBox=\"0 0 \(Int(Self.width)) \(Int(Self.height))\" role=\"img\" aria-label=\"Entities mentioned in the same documents\">\n<g stroke=\"#475569\" stroke-linecap=\"round\">\n"
    for (key, count) in pairs.sorted(by: { ($0.value, $1.key) < ($1.value, $0.key) }) {
      let a = key / nodes.count
      let b = key % nodes.count
      let p = point(a)
      let q = point(b)
      let strength = Double(count) / Double(maxPair)
      let names = HTMLText.escape(entities[nodes[a]].displayName + " — " + entities[nodes[b]].displayName)
      out +=
        "<line x1=\"\(f(p.x))\" y1=\"\(f(p.y))\" x2=\"\(f(q.x))\" y2=\"\(f(q.y))\" stroke-width=\"\(f(0.8 + 5 * strength))\" stroke-opacity=\"\(HTMLText.number(0.15 + 0.5 * strength))\"><title>\(names): \(count) document\(count == 1 ? "" : "s")</title></line>\n"
    }
    out += "</g>\n"
    for (slot, index) in nodes.enumerated() {
      let entity = entities[index]
      let p = point(slot)
      let r = 5 + 13 * (Double(entity.mentions) / maxMentions).squareRoot()
      let names = [entity.englishName, entity.arabicName, entity.value].compactMap { $0 }.joined(separator: " · ")
      out +=
        "<g><circle cx=\"\(f(p.x))\" cy=\"\(f(p.y))\" r=\"\(f(r))\" fill=\"\(colors[entity.type] ?? Self.otherColor)\" stroke=\"#fff\" stroke-width=\"1.5\"><title>"
        + HTMLText.escape(names)
        + " (\(HTMLText.escape(entity.type))): \(entity.mentions) mentions in \(entity.documents) documents</title></circle>"
      let cosine = cos(p.angle)
      let sine = sin(p.angle)
      let lx = p.x + (r + 7) * cosine
      let ly = p.y + (r + 7) * sine + 4 + (abs(cosine) < 0.12 ? 8 * sine : 0)
      let anchor = cosine > 0.12 ? "start" : cosine < -0.12 ? "end" : "middle"
      out +=
        "<text x=\"\(f(lx))\" y=\"\(f(ly))\" text-anchor=\"\(anchor)\" font-size=\"13\">"
        + HTMLText.escape(HTMLText.clip(entity.displayName, to: 28)) + "</text></g>\n"
    }
    out += "</svg>\n<div class=\"legend\">"
    for type in types.prefix(Self.typePalette.count) {
      out +=
        "<span><span class=\"key\" style=\"background:\(colors[type]!)\"></span>\(HTMLText.escape(type.lowercased()))</span>"
    }
    if types.count > Self.typePalette.count || nodes.contains(where: { entities[$0].type.isEmpty }) {
      out += "<span><span class=\"key\" style=\"background:\(Self.otherColor)\"></span>other</span>"
    }
    out += "<span class=\"muted\">Node size: mentions. Edge width: documents that mention both."
    if pairs.count < allPairs {
      out += " Each entity's \(Self.strongestPerNode) strongest links are drawn (\(pairs.count) of \(allPairs) pairs)."
    }
    out += "</span></div>\n"
    return out
  }
}
