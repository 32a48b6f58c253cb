import Dispatch

/// `DispatchQueue.concurrentPerform` behind a name of ours, with a Sendable body.
enum DispatchQueueShim {
    static func concurrentPerform(iterations: Int, _ body: @Sendable (Int) -> Void) {
        DispatchQueue.concurrentPerform(iterations: iterations, execute: body)
    }
}
