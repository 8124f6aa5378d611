import WorkbenchText

/// The phrases page furniture is made of, folded with `TextNormalizer.search` and joined
/// by single spaces (words only, punctuation dropped), as `LineFeatures.words` is.
enum BoilerplatePhrases {
  /// Whole lines that prompt readers to comment.
  static let commentPrompts: [String] = [
    "اترك ردك", "اترك ردا", "اترك تعليقا", "اترك تعليقك", "اضف تعليق", "اضف تعليقا", "اضف تعليقك",
    "اكتب تعليقك", "شارك برايك", "التعليقات", "لا توجد تعليقات", "اترك رد", "leave a reply",
    "leave a comment", "post a comment", "add a comment", "add comment", "comments",
    "no comments", "0 comments", "write a comment", "join the discussion",
  ]

  /// Whole lines (or every segment of a line split at `|` `•` `·`) that are navigation.
  static let navigation: [String] = [
    "contact us", "contact", "about us", "about", "home", "privacy policy", "privacy",
    "terms of use", "terms and conditions", "terms of service", "subscribe", "newsletter",
    "advertise", "advertise with us", "sitemap", "site map", "read more", "share", "tweet",
    "follow us", "login", "log in", "sign in", "register", "search", "menu", "next", "previous",
    "اتصل بنا", "تواصل معنا", "من نحن", "الرييسيه", "الصفحه الرييسيه", "سياسه الخصوصيه",
    "شروط الاستخدام", "اعلن معنا", "اشترك", "النشره البريديه", "خريطه الموقع", "اقرا ايضا",
    "اقرا المزيد", "شارك", "تابعونا", "تابعنا", "بحث", "القايمه", "التالي", "السابق",
    "الرئيسيه", "القائمه",
  ]

  /// Phrases that make a line a disclaimer or a republication notice wherever they occur.
  static let disclaimers: [String] = [
    "لا يتحمل موقعنا", "لا يتحمل الموقع", "لا تتحمل اداره الموقع", "لا يتحمل الموقع اي مسووليه",
    "نشر اولا علي موقع", "تم جلبه من مصدره", "من مصدره الاصلي", "جميع الحقوق محفوظه",
    "الاراء الوارده", "لا يعبر عن راي", "لا تعبر عن راي", "لا يعبر بالضروره", "لا تعبر بالضروره",
    "all rights reserved", "the views expressed", "does not necessarily reflect",
    "do not necessarily reflect", "originally published", "this article was originally",
    "disclaimer",
  ]

  /// Words that open a photo credit ("Credit:", "تصوير:") before a colon.
  static let creditKeywords: [String] = [
    "credit", "credits", "photo", "photos", "photograph", "image", "picture", "source",
    "صوره", "الصوره", "تصوير", "مصدر الصوره", "الصور",
  ]

  /// Photo agencies whose name in parentheses makes the parenthetical a credit.
  static let photoAgencies: [String] = [
    "getty images", "shutterstock", "afp", "reuters", "ap photo", "epa", "anadolu", "alamy",
    "istock", "pool",
  ]

  /// File extensions of images.
  static let imageExtensions: Set<String> = [
    "jpg", "jpeg", "png", "gif", "webp", "bmp", "svg", "avif", "tif", "tiff", "heic",
  ]
}
