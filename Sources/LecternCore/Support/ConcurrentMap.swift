import Foundation

/// Work on independent items spread over every core, results kept in item order.
enum ConcurrentMap {
    /// `transform` of `0..<count`, in that order, computed concurrently.
    static func map<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.set(index, transform(index))
        }
        return slots.all.compactMap { $0 }
    }

    /// Results filled in from several threads, each slot by exactly one of them.
    private final class Slots<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [T?]

        init(count: Int) {
            slots = Array(repeating: nil, count: count)
        }

        func set(_ index: Int, _ value: T) {
            lock.lock()
            slots[index] = value
            lock.unlock()
        }

        var all: [T?] {
            lock.lock()
            defer { lock.unlock() }
            return slots
        }
    }
}
