extension LinkedMention {
  /// Makes this mention another mention of `entity` (a short form or the initials of an
  /// organization named in full): its label, id, names and NIL flag, no title, and `evidence`.
  mutating func becomeMention(of entity: LinkedMention, evidence: [String]) {
    label = entity.label
    id = entity.id
    isNil = entity.isNil
    nameEnglish = entity.nameEnglish
    nameArabic = entity.nameArabic
    title = nil
    self.evidence = evidence
  }
}
