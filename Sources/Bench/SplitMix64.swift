/// A small, fast, seeded generator (Steele, Lea & Flood 2014): the same seed gives the same
/// corpus on every machine and every run, which the benchmark needs to compare runs.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A generator for item `index` of a stream, independent of the others, so that articles can
    /// be generated in any order (or in parallel) and still come out the same.
    static func forItem(_ index: Int, seed: UInt64) -> SplitMix64 {
        var mixer = SplitMix64(seed: seed ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
        return SplitMix64(seed: mixer.next())
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }
    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }
}

/// Picks among items with weights in O(log n), by binary search on the running totals.
struct WeightedTable<T: Sendable>: Sendable {
    let items: [T]
    private let totals: [Double]

    init(_ pairs: [(T, Double)]) {
        items = pairs.map(\.0)
        var sum = 0.0
        totals = pairs.map { sum += max($0.1, 0); return sum }
    }

    var isEmpty: Bool { items.isEmpty }

    func pick(_ rng: inout SplitMix64) -> T {
        let target = Double.random(in: 0..<(totals.last ?? 1), using: &rng)
        var low = 0, high = totals.count - 1
        while low < high {
            let mid = (low + high) / 2
            if totals[mid] > target { high = mid } else { low = mid + 1 }
        }
        return items[low]
    }
}
