import BuiltInStages
import Quotes
import WorkbenchCLI

// The built-in plugins plus this package's own stage.
await Workbench.main(plugins: .builtIn + WorkbenchPlugins(stages: [QuoteStage.self]))
