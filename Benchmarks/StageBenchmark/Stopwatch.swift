import Foundation

/// Measures both the processor time the process used and the wall-clock time.
///
/// On a machine shared with other work the wall clock counts the time the benchmark waited
/// for a core; process CPU time does not, so rates are computed from it (all threads of the
/// process count, which is the per-core cost when a stage spreads work over threads).
struct Stopwatch {
  private let wallStart = ContinuousClock.now
  private let cpuStart = Stopwatch.processCPUSeconds()

  /// The elapsed (cpu, wall) seconds since the stopwatch was made.
  var elapsed: Elapsed {
    Elapsed(cpu: Stopwatch.processCPUSeconds() - cpuStart, wall: (ContinuousClock.now - wallStart).seconds)
  }

  static func processCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}

/// Processor and wall-clock seconds of one measured piece of work.
struct Elapsed {
  var cpu: Double
  var wall: Double

  static let zero = Elapsed(cpu: 0, wall: 0)
  static let infinity = Elapsed(cpu: .infinity, wall: .infinity)

  static func - (lhs: Elapsed, rhs: Elapsed) -> Elapsed {
    Elapsed(cpu: lhs.cpu - rhs.cpu, wall: lhs.wall - rhs.wall)
  }
}
