/// Why the `clean` stage marked a span as boilerplate: the annotation's `reason` attribute.
public enum BoilerplateReason: String, Sendable, Hashable, Codable, CaseIterable {
  /// Site navigation: "Contact Us", "الرئيسية", "Home | About".
  case navigation
  /// The site's name or a page title carrying it: "Ektisadi.com", "Title | Site.com".
  case siteName = "site-name"
  /// An image file name left in the text: "freepik__scene__88757", "IMG_2041.jpg".
  case imageFile = "image-file"
  /// A photo credit: "(Credit: ... Getty Images)", "تصوير: ...".
  case photoCredit = "photo-credit"
  /// A category label, repeated or in a block of page furniture: "سياسة".
  case categoryLabel = "category-label"
  /// A disclaimer or republication notice: "لا يتحمل موقعنا مضمونه".
  case disclaimer
  /// A prompt to comment: "اترك ردك", "Leave a Reply".
  case commentPrompt = "comment-prompt"
  /// A short line in another language than the document (spam comments).
  case otherLanguage = "other-language"
}
