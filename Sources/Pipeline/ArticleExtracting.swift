import Extraction

/// What the pipeline needs of an extractor: text in, events out, callable from many threads.
public protocol ArticleExtracting: Sendable {
    func extract(_ input: ArticleInput) -> ArticleExtraction
}

/// Runs `body` for each element on all cores and returns the results in order.
enum Parallel {
    static func map<Element: Sendable, Result: Sendable>(_ items: [Element], workers: Int,
                                                         _ body: @Sendable (Element) -> Result) -> [Result] {
        guard items.count > 1, workers > 1 else { return items.map(body) }
        let results = ResultSlots<Result>(count: items.count)
        items.withUnsafeBufferPointer { buffer in
            let source = UnsafeSendable(buffer)
            DispatchQueueShim.concurrentPerform(iterations: items.count) { index in
                results.set(index, body(source.value[index]))
            }
        }
        return results.values()
    }
}

extension Parallel {
    /// Runs `first` on another core while `second` runs on this thread; returns both results
    /// once both are done (an error of either is thrown after both ended).
    static func both<A: Sendable, B>(_ first: @escaping @Sendable () throws -> A, _ second: () throws -> B) throws -> (A, B) {
        let background = Background(first)
        let secondResult = Result(catching: second)
        return (try background.value(), try secondResult.get())
    }
}

/// Slots written by distinct threads at distinct indices, read once all are done.
private final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: Value) { slots.withUnsafeMutableBufferPointer { $0[index] = value } }
    func values() -> [Value] { slots.map { $0! } }
}

private struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

extension Extractor: ArticleExtracting {}
