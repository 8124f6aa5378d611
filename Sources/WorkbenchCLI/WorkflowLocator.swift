import Foundation
import WorkbenchCore

/// Finds the workflow file a command names: a path as given, or a bare name looked up in
/// ./workflows/ with or without its .yaml/.yml extension.
enum WorkflowLocator {
  static func locate(_ name: String) throws -> URL {
    let manager = FileManager.default
    // A folder is never a workflow: `workflows/energy/` may hold energy's corpus.
    func isFile(_ path: String) -> Bool {
      var isFolder: ObjCBool = false
      return manager.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
    }
    if isFile(name) { return URL(fileURLWithPath: name).standardizedFileURL }
    let candidates = ["workflows/\(name)", "workflows/\(name).yaml", "workflows/\(name).yml"]
    if !name.contains("/"), let found = candidates.first(where: isFile) {
      return URL(fileURLWithPath: found).standardizedFileURL
    }
    let known = ((try? manager.contentsOfDirectory(atPath: "workflows")) ?? [])
      .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
    var message = "no workflow file '\(name)'"
    if !name.contains("/") { message += " (also looked in ./workflows/)" }
    if let suggestion = Suggestion.closest(to: (name as NSString).lastPathComponent, among: known) {
      message += "; did you mean '\(suggestion)'?"
    } else if !known.isEmpty {
      message += "; workflows here: \(known.joined(separator: ", "))"
    }
    throw WorkbenchError.usage(message)
  }
}
