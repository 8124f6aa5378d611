import WorkbenchCore

/// What the report's summary sections show, gathered in one pass over the documents.
///
/// Memory grows with the number of distinct dates, entities and topics and with a few numbers
/// per document (titles, tone, entity ids for co-occurrence), never with the texts.
struct ReportAggregate {
  /// How many example sentences each timeline value keeps.
  static let examplesPerDate = 3

  var stageOrder: [String]
  /// The roles the stages declared for their labels.
  var roles: DeclaredRoles
  var stageTallies: [String: StageTally] = [:]
  var annotationCount = 0

  var documentIDs: [String] = []
  var documentTitles: [String] = []
  var documentIndex: [String: Int] = [:]

  var dates: [String: DateTally] = [:]
  var publicationDays: [Int: Int] = [:]
  var undatedDocuments = 0

  var entities: [EntityTally] = []
  var entityIndex: [String: Int] = [:]
  /// The entities each document mentions (indices into `entities`), for the co-occurrence graph.
  var documentEntities: [[Int32]] = []

  var documentTones: [DocumentTone] = []
  var sentenceLabels: [String: Int] = [:]

  var topicAssignments: [String: TopicTally] = [:]
  /// Whether some stage marked boilerplate (the legend then says it is dimmed).
  var hasBoilerplate = false

  init(stageOrder: [String], roles: DeclaredRoles) {
    self.stageOrder = stageOrder
    self.roles = roles
  }

  var documentCount: Int { documentIDs.count }

  /// Reads one document into the tallies; returns its index.
  @discardableResult
  mutating func add(_ item: ReportDocument) -> Int {
    let document = item.document
    let index = documentIDs.count
    documentIDs.append(document.id)
    documentTitles.append(document.metadata.title ?? document.id)
    if documentIndex[document.id] == nil { documentIndex[document.id] = index }
    let scalars = Array(document.text.unicodeScalars)
    let publicationDay = TimexInterval.day(iso: document.metadata.date)
    if let publicationDay {
      publicationDays[publicationDay, default: 0] += 1
    } else {
      undatedDocuments += 1
    }

    var sentenceTones: [(start: Int, end: Int, score: Double)] = []
    var targetTones: [(value: String, score: Double)] = []
    var mentions: [(entity: Int, start: Int)] = []
    var documentTone: DocumentTone?

    for stage in ReportStages.order(of: item.annotations.keys, preferred: stageOrder) {
      let annotations = item.annotations[stage] ?? []
      annotationCount += annotations.count
      var tally = stageTallies[stage] ?? StageTally()
      tally.annotations += annotations.count
      if !annotations.isEmpty { tally.documents += 1 }
      for annotation in annotations {
        tally.labels[annotation.label, default: 0] += 1
        switch ReportRole.of(
          annotation, declared: roles.role(stage: stage, label: annotation.label), scalarCount: scalars.count)
        {
        case .date:
          addDate(annotation, scalars: scalars, document: index, publicationDay: publicationDay)
        case .entity:
          mentions.append((addEntity(annotation, document: index), annotation.start))
        case .sentiment(let level):
          let score = ReportRole.sentimentScore(annotation)
          switch level {
          case .document:
            if documentTone == nil {
              documentTone = DocumentTone(document: index, score: score, label: ReportRole.polarity(annotation))
            }
          case .sentence:
            sentenceLabels[ReportRole.polarity(annotation), default: 0] += 1
            sentenceTones.append((annotation.start, annotation.end, score))
          case .target:
            if let value = annotation.value { targetTones.append((value, score)) }
          }
        case .topic:
          if let value = annotation.value {
            let weight = annotation.attributes["weight"]?.doubleValue ?? 0
            topicAssignments[value, default: TopicTally()].add(
              document: index, weight: weight, reason: annotation.attributes["reason"]?.stringValue)
          }
        case .boilerplate:
          hasBoilerplate = true
        case .span, .documentValue:
          break
        }
      }
      stageTallies[stage] = tally
    }
    if let documentTone { documentTones.append(documentTone) }

    // Tone toward an entity: what target-level sentiment says of it, and, as a fallback, the
    // tone of the sentences that mention it.
    for (value, score) in targetTones {
      if let entity = entityIndex[value] {
        entities[entity].targetTone.add(score)
      }
    }
    if !sentenceTones.isEmpty {
      sentenceTones.sort { $0.start < $1.start }
      for mention in mentions {
        if let sentence = sentenceTones.last(where: { $0.start <= mention.start }),
          mention.start < sentence.end
        {
          entities[mention.entity].sentenceTone.add(sentence.score)
        }
      }
    }
    documentEntities.append(Array(Set(mentions.map { Int32($0.entity) })).sorted())
    return index
  }

  private mutating func addDate(
    _ annotation: Annotation, scalars: [Unicode.Scalar], document: Int, publicationDay: Int?
  ) {
    let value = annotation.value ?? annotation.text
    var tally = dates[value] ?? DateTally(value: value, label: annotation.label)
    let relation: DateRelation
    if let interval = tally.interval, let publicationDay {
      if interval.last < publicationDay {
        relation = .earlier
      } else if interval.first > publicationDay {
        relation = .later
      } else {
        relation = .same
      }
    } else {
      // A duration in a dated document is not an undated document.
      relation = publicationDay == nil ? .unknown : .unplaced
    }
    tally.counts[relation, default: 0] += 1
    tally.documents.insert(document)
    if tally.examples.count < Self.examplesPerDate,
      !tally.examples.contains(where: { $0.document == document })
    {
      tally.examples.append(
        DateExample(
          document: document, relation: relation, surface: annotation.text,
          context: SentenceContext(scalars: scalars, start: annotation.start, end: annotation.end)))
    }
    dates[value] = tally
  }

  private mutating func addEntity(_ annotation: Annotation, document: Int) -> Int {
    let name = annotation.attributes["name"]?.stringValue
    let key: String
    if let value = annotation.value, !value.isEmpty {
      key = value
    } else if let name, !name.isEmpty {
      key = "name:" + name
    } else {
      key = annotation.label + ":" + annotation.text
    }
    let index: Int
    if let known = entityIndex[key] {
      index = known
    } else {
      index = entities.count
      entities.append(EntityTally(key: key, value: annotation.value))
      entityIndex[key] = index
    }
    entities[index].add(annotation, name: name, document: document)
    return index
  }
}

/// Annotation counts of one stage.
struct StageTally {
  var annotations = 0
  var documents = 0
  var labels: [String: Int] = [:]
}

/// The document-level tone of one document.
struct DocumentTone {
  var document: Int
  var score: Double
  var label: String
}

/// Documents assigned to one topic by TOPIC annotations.
struct TopicTally {
  static let keep = 5
  var documents = 0
  /// The documents with the highest weight, best first.
  var top: [(document: Int, weight: Double)] = []

  /// Why documents got this value instead of a topic (an outlier's `reason`), with counts.
  var reasons: [String: Int] = [:]

  mutating func add(document: Int, weight: Double, reason: String? = nil) {
    documents += 1
    if let reason { reasons[reason, default: 0] += 1 }
    top.append((document, weight))
    top.sort { ($0.weight, -$0.document) > ($1.weight, -$1.document) }
    if top.count > Self.keep { top.removeLast() }
  }
}
