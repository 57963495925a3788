import Foundation

/// A value worked out on a thread of its own, started at once; reading `value` waits until it is ready.
///
/// The shell uses it to show its prompt while the course is still being loaded: the first command that needs the
/// course waits for it, and a learner reading the prompt never notices.
public final class Deferred<Value: Sendable>: @unchecked Sendable {
    // `result` is read and written only with `condition` locked; that is what makes the class Sendable.
    private let condition = NSCondition()
    private var result: Value?

    /// A value that is ready now.
    public init(value: Value) {
        result = value
    }

    /// Starts `work` on a new thread with a stack of `stackSize` bytes (parsing nests deeply; the default is large).
    public init(stackSize: Int = 16 << 20, _ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in finish(work()) }
        thread.stackSize = stackSize
        thread.start()
    }

    /// The value, waiting for the work to end when it has not yet.
    public var value: Value {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let result { return result }
            condition.wait()
        }
    }

    /// Whether the value is ready, without waiting.
    public var isReady: Bool {
        condition.lock()
        defer { condition.unlock() }
        return result != nil
    }

    private func finish(_ value: Value) {
        condition.lock()
        result = value
        condition.broadcast()
        condition.unlock()
    }
}
