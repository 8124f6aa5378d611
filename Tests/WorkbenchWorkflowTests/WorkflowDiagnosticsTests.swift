import Foundation
import Testing
import WorkbenchCore

@testable import WorkbenchWorkflow

/// Each broken workflow gives exactly these messages, at these places.
@Suite struct WorkflowDiagnosticsTests {
  static let header = "version: 1\ncorpus: {path: ../docs}\n"

  static let cases: [(String, String, [String])] = [
    (
      "unknown top-level key", header + "stagse:\n  - plugin: dates\n",
      [
        "wf/flow.yaml:1:1: error: missing required key 'stages' in the workflow\nwf/flow.yaml:1:1: note: add 'stages:' with at least one '- plugin: NAME'",
        "wf/flow.yaml:3:1: error: unknown key 'stagse' in the workflow; did you mean 'stages'?",
      ]
    ),
    (
      "unknown key without a close one", header + "stages: [dates]\nzzz: 1\n",
      [
        "wf/flow.yaml:4:1: error: unknown key 'zzz' in the workflow\nwf/flow.yaml:4:1: note: known keys: version, name, description, corpus, stages, outputs"
      ]
    ),
    (
      "unknown corpus key", "version: 1\ncorpus:\n  path: ../docs\n  incude: ['*.txt']\nstages: [dates]\n",
      [
        "wf/flow.yaml:4:3: error: unknown key 'incude' in corpus; did you mean 'include'?"
      ]
    ),
    (
      "unknown stage key", header + "stages:\n  - plugin: dates\n    confg: {}\n",
      [
        "wf/flow.yaml:5:5: error: unknown key 'confg' in stage 1; did you mean 'config'?"
      ]
    ),
    (
      "unknown output key", header + "stages: [dates]\noutputs:\n  - {fromat: html, path: out.html}\n",
      [
        "wf/flow.yaml:5:6: error: unknown key 'fromat' in output 1; did you mean 'format'?"
      ]
    ),
    (
      "version 2", "version: 2\ncorpus: ../docs\nstages: [dates]\n",
      [
        "wf/flow.yaml:1:10: error: unsupported workflow version 2; this Workbench reads version 1"
      ]
    ),
    (
      "quoted version", "version: \"1\"\ncorpus: ../docs\nstages: [dates]\n",
      [
        "wf/flow.yaml:1:10: error: 'version' must be an integer, found a string"
      ]
    ),
    (
      "missing version and corpus", "stages: [dates]\n",
      [
        "wf/flow.yaml:1:1: error: missing required key 'version' in the workflow\nwf/flow.yaml:1:1: note: add 'version: 1' at the top of the file",
        "wf/flow.yaml:1:1: error: missing required key 'corpus' in the workflow\nwf/flow.yaml:1:1: note: add 'corpus: {path: FOLDER}'",
      ]
    ),
    (
      "wrong types", "version: 1\nname: [a]\ncorpus:\n  path: ../docs\n  include: {a: 1}\nstages: dates\n",
      [
        "wf/flow.yaml:2:7: error: 'name' must be a string, found a list",
        "wf/flow.yaml:5:12: error: 'include' must be a list of strings, found a mapping",
        "wf/flow.yaml:6:9: error: 'stages' must be a list of stages, found a string",
      ]
    ),
    (
      "unknown plugin", header + "stages:\n  - plugin: sentimnet\n",
      [
        "wf/flow.yaml:4:13: error: unknown plugin 'sentimnet'; did you mean 'sentiment'?\nwf/flow.yaml:4:13: note: known plugins: date-normalization, entity-linking, clean, sentiment, topic-clustering"
      ]
    ),
    (
      "missing plugin", header + "stages:\n  - id: x\n",
      [
        "wf/flow.yaml:4:5: error: missing required key 'plugin' in stage 1\nwf/flow.yaml:4:5: note: known plugins: date-normalization, entity-linking, clean, sentiment, topic-clustering"
      ]
    ),
    (
      "config: unknown key", header + "stages:\n  - plugin: dates\n    config:\n      max_year: 3\n",
      [
        "wf/flow.yaml:6:7: error: stage 'date-normalization': unknown configuration key 'max_year'; did you mean 'max_years'?"
      ]
    ),
    (
      "config: type mismatch", header + "stages:\n  - plugin: dates\n    config: {max_years: many}\n",
      [
        "wf/flow.yaml:5:25: error: stage 'date-normalization': 'max_years' must be an integer, found a string"
      ]
    ),
    (
      "config: quoted number stays a string", header + "stages:\n  - plugin: dates\n    config: {max_years: \"5\"}\n",
      [
        "wf/flow.yaml:5:25: error: stage 'date-normalization': 'max_years' must be an integer, found a string"
      ]
    ),
    (
      "config: out of range", header + "stages:\n  - plugin: dates\n    config:\n      max_years: 500\n",
      [
        "wf/flow.yaml:6:18: error: stage 'date-normalization': 'max_years': must be between 1 and 100"
      ]
    ),
    (
      "config: list element of the wrong type",
      header + "stages:\n  - plugin: dates\n    config:\n      anchors: [a, [b]]\n",
      [
        "wf/flow.yaml:6:20: error: stage 'date-normalization': 'anchors.[1]' must be a string, found a list"
      ]
    ),
    (
      "config: not a mapping", header + "stages:\n  - plugin: dates\n    config: [1]\n",
      [
        "wf/flow.yaml:5:13: error: stage 'date-normalization': config must be a mapping of keys to values, found a list"
      ]
    ),
    (
      "config: duplicate key", header + "stages:\n  - plugin: topics\n    config:\n      topics: 2\n      topics: 3\n",
      [
        "wf/flow.yaml:7:7: error: duplicate key 'topics' (first at line 6)"
      ]
    ),
    (
      "duplicate stage ids", header + "stages:\n  - plugin: dates\n  - plugin: date-normalization\n",
      [
        "wf/flow.yaml:5:13: error: duplicate stage id 'date-normalization' (first at line 4); give one of them another 'id'"
      ]
    ),
    (
      "stage id with a space", header + "stages:\n  - {id: \"my stage\", plugin: dates}\n",
      [
        "wf/flow.yaml:4:10: error: stage id 'my stage' must be non-empty and without spaces"
      ]
    ),
    (
      "needs a stage that is not there",
      header + "stages:\n  - id: early\n    plugin: dates\n  - plugin: clean\n    needs: [erly]\n",
      [
        "wf/flow.yaml:7:13: error: stage 'clean' needs 'erly', which is not a stage of this workflow; did you mean 'early'?\nwf/flow.yaml:7:13: note: its stages: early"
      ]
    ),
    (
      "cycle in needs",
      header
        + "stages:\n  - {id: a, plugin: dates, needs: [c]}\n  - {id: b, plugin: clean, needs: [a]}\n  - {id: c, plugin: entities, needs: [b]}\n",
      [
        "wf/flow.yaml:4:5: error: stages need each other in a cycle: a -> c -> b -> a"
      ]
    ),
    (
      "needs a corpus stage", header + "stages:\n  - topics\n  - {plugin: dates, needs: [topic-clustering]}\n",
      [
        "wf/flow.yaml:5:29: error: stage 'date-normalization' needs the corpus stage 'topic-clustering'; stages can only consume per-document stages"
      ]
    ),
    (
      "a stage that needs itself", header + "stages:\n  - {id: a, plugin: dates, needs: a}\n",
      [
        "wf/flow.yaml:4:5: error: stages need each other in a cycle: a -> a"
      ]
    ),
    (
      "consumes what no stage produces", header + "stages:\n  - plugin: sentiment\n",
      [
        "wf/flow.yaml:4:13: error: stage 'sentiment' consumes linked-entity annotations, which no stage of this workflow produces\nwf/flow.yaml:4:13: note: add a stage that produces them: '- plugin: entity-linking'"
      ]
    ),
    (
      "corpus path that does not exist", "version: 1\ncorpus: {path: ../dosc}\nstages: [dates]\n",
      [
        "wf/flow.yaml:2:16: error: corpus path '../dosc' does not exist; did you mean '../docs'?"
      ]
    ),
    (
      "corpus path with a trailing slash", "version: 1\ncorpus: ../Docs/\nstages: [dates]\n",
      [
        "wf/flow.yaml:2:9: error: corpus path '../Docs/' does not exist; did you mean '../docs'?"
      ]
    ),
    (
      "empty corpus", "version: 1\ncorpus:\n  path: ../docs\n  include: ['*.pdf']\nstages: [dates]\n",
      [
        "wf/flow.yaml:3:9: error: the corpus is empty: no file in '../docs' matches *.pdf"
      ]
    ),
    (
      "missing metadata file", "version: 1\ncorpus:\n  path: ../docs\n  metadata: ../meta.cvs\nstages: [dates]\n",
      [
        "wf/flow.yaml:4:13: error: metadata file '../meta.cvs' does not exist; did you mean '../meta.csv'?"
      ]
    ),
    (
      "unknown output format", header + "stages: [dates]\noutputs:\n  - {format: htm, path: out.html}\n",
      [
        "wf/flow.yaml:5:14: error: unknown output format 'htm'; did you mean 'html'?\nwf/flow.yaml:5:14: note: known formats: html, jsonl, csv"
      ]
    ),
    (
      "spreadsheet on a non-CSV output",
      header
        + "stages: [dates]\noutputs:\n  - {format: html, path: out.html, spreadsheet: true}\n  - {path: out.csv, spreadsheet: yes please}\n",
      [
        "wf/flow.yaml:5:36: error: 'spreadsheet' applies to csv outputs, not html",
        "wf/flow.yaml:6:34: error: 'spreadsheet' must be true or false, found a string",
      ]
    ),
    (
      "output without format or path", header + "stages: [dates]\noutputs:\n  - {path: out.txt}\n  - {format: csv}\n",
      [
        "wf/flow.yaml:5:5: error: missing required key 'format' in output 1\nwf/flow.yaml:5:5: note: known formats: html, jsonl, csv",
        "wf/flow.yaml:6:5: error: missing required key 'path' in output 2",
      ]
    ),
    (
      "empty file", "# nothing yet\n",
      [
        "wf/flow.yaml:1:1: error: the workflow is empty; it needs 'version: 1', a 'corpus' and 'stages'"
      ]
    ),
    (
      "YAML syntax error", "version: 1\ncorpus: ../docs\nstages:\n  - plugin: dates\n   config: {}\n",
      [
        "wf/flow.yaml:5:4: error: invalid YAML: did not find expected '-' indicator (while parsing a block collection that starts at line 4, column 3)"
      ]
    ),
  ]

  @Test(arguments: cases)
  func reportsEachProblemAtItsPlace(name: String, yaml: String, expected: [String]) throws {
    let fixture = try Fixture(text: ["docs/a.txt": "text", "meta.csv": "file,date\na.txt,2026-01-28\n"])
    try fixture.write("wf/flow.yaml", text: yaml)
    let validation = WorkflowLoader.validate(fixture.url("wf/flow.yaml"), registry: testRegistry)
    #expect(validation.workflow == nil, "\(name)")
    #expect(validation.diagnostics.map { fixture.relative($0.description) } == expected, "\(name)")
  }
}
