import Dispatch
import Foundation

/// A value computed on a thread of its own from the moment this is made, and waited for where it
/// is needed. A thread, not a queue's worker: the caller may itself run on a queue's worker, and a
/// worker waiting for work queued behind it would wait for the pool to grow.
public final class Background<Value: Sendable>: @unchecked Sendable {
    // written once by the thread before `done` is signalled, read only after waiting for it
    private var result: Result<Value, any Error>?
    private let done = DispatchSemaphore(value: 0)

    public init(_ work: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            result = Result(catching: work)
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Waits for the value, or throws the error the work threw.
    public func value() throws -> Value {
        done.wait()
        done.signal()  // later calls return at once
        return try result!.get()
    }
}
