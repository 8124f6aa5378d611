import Foundation

/// Whether a file an output is about to replace is one Workbench wrote: an HTML report
/// (`<meta name="generator" content="Workbench">` in its head), a JSON Lines export (lines
/// start `{"doc":`) or a CSV export (its header row). Anything else (a user's notes, a
/// spreadsheet saved over an export) is never replaced.
public enum ExistingOutput {
  static let csvHeader = Array("doc,stage,start,end,text,label,value,attributes".utf8)
  static let heads: [[UInt8]] = [Array("{\"doc\":".utf8), csvHeader, [0xEF, 0xBB, 0xBF] + csvHeader]
  static let htmlStart = Array("<!DOCTYPE html>".utf8)
  static let htmlMarker = Array("<meta name=\"generator\" content=\"Workbench\">".utf8)

  /// Why the file at `url` must not be replaced (`is a folder`, `is a SQLite database`, `is
  /// not a file Workbench wrote`), or nil when nothing is there, the file is empty or not a
  /// regular file (a device, a pipe), or it is a Workbench output.
  public static func refusal(_ url: URL) -> String? {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return nil }
    guard !isFolder.boolValue else { return "is a folder" }
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
      attributes[.type] as? FileAttributeType == .typeRegular
    else { return nil }
    guard let handle = FileHandle(forReadingAtPath: url.path) else { return "cannot be read to check it" }
    defer { try? handle.close() }
    let head = [UInt8]((try? handle.read(upToCount: 2048)) ?? Data())
    if head.isEmpty || heads.contains(where: { head.starts(with: $0) }) { return nil }
    if head.starts(with: htmlStart) && contains(head, htmlMarker) { return nil }
    if head.starts(with: Array("SQLite format 3".utf8)) { return "is a SQLite database" }
    return "is not a file Workbench wrote"
  }

  private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
    guard bytes.count >= needle.count else { return false }
    return (0...(bytes.count - needle.count)).contains { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
  }
}
