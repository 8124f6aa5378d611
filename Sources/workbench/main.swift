import BuiltInStages
import WorkbenchCLI

// The command line with the stages, evaluators and tools that ship with Workbench.
await Workbench.main(plugins: .builtIn)
