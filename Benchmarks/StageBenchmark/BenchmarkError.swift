/// Why the benchmark cannot run.
enum BenchmarkError: Error, CustomStringConvertible {
  case emptyCorpus(String)
  case invalidUTF8(String)
  case badConfiguration(String)
  case stageFailed(stage: String, document: String, message: String)

  var description: String {
    switch self {
    case .emptyCorpus(let folder): return "no .txt documents in \(folder)"
    case .invalidUTF8(let file): return "\(file) is not valid UTF-8"
    case .badConfiguration(let message): return message
    case .stageFailed(let stage, let document, let message):
      return "stage \(stage) failed on \(document): \(message)"
    }
  }
}
