import Foundation

/// Draws a `ControlMap` as a self-contained SVG (no fonts, scripts or network): the governorate's
/// places in an equirectangular projection fitted to them, coloured by holder, with a legend, and
/// below a timeline strip with one lane per place showing who held it from each fact on.
public enum ControlMapSVG {
    static let width = 1000.0
    static let mapLeft = 20.0, mapTop = 70.0, mapWidth = 680.0
    static let legendLeft = 720.0
    static let laneHeight = 16.0, laneLabelWidth = 150.0
    /// Lanes in the timeline: the places with the most facts, at most this many.
    public static let maxLanes = 24

    public static func render(_ map: ControlMap) -> String {
        var svg = SVGWriter()
        let colors = FactionColors(map)
        let projection = Projection(map.places + map.holdings.map(\.place), width: mapWidth, maxHeight: 560)
        let mapBottom = mapTop + projection.height
        let lanes = timelineLanes(map)
        let legendRows = colors.ordered.count + 3
        let timelineTop = max(mapBottom, mapTop + 30 + Double(legendRows) * 20) + 50
        let height = timelineTop + (lanes.isEmpty ? 30 : Double(lanes.count) * laneHeight + 60)

        svg.open(width: width, height: height)
        svg.rect(x: 0, y: 0, width: width, height: height, fill: "#ffffff")
        svg.text("Control of places in \(map.admin1) as of \(map.asOf)", x: mapLeft, y: 30, size: 20, weight: "bold")
        let held = map.holdings.count - map.unplaced.count
        var subtitle = "\(held) place\(held == 1 ? "" : "s") with a known holder; grey dots: other places of the governorate in the gazetteer"
        if let whole = map.governorate {
            subtitle += ". Governorate as a whole: " + whole.controllers.map(colors.name).joined(separator: " / ") + " since \(whole.since)"
        }
        svg.text(subtitle, x: mapLeft, y: 52, size: 12, fill: "#444444")

        // Map frame, outline of the governorate's places, context dots, held places, labels.
        svg.rect(x: mapLeft, y: mapTop, width: mapWidth, height: projection.height, fill: "#f7f7f2", stroke: "#bbbbbb")
        let hull = ConvexHull.of(map.places.compactMap(projection.point))
        if hull.count >= 3 { svg.polygon(hull, fill: "#ecebe2", stroke: "#c9c6b5") }
        let heldIDs = Set(map.holdings.map(\.place.id))
        for place in map.places where !heldIDs.contains(place.id) {
            guard let point = projection.point(place) else { continue }
            svg.circle(x: point.x, y: point.y, r: 1.6, fill: "#a9a9a9", title: place.name)
        }
        var labels = LabelPlacer(bounds: (mapLeft, mapTop, mapLeft + mapWidth, mapBottom))
        for holding in map.holdings {
            guard let point = projection.point(holding.place) else { continue }
            let title = holding.place.name + ": " + holding.controllers.map(colors.name).joined(separator: " / ") + " since " + holding.since
            svg.marker(x: point.x, y: point.y, r: 6.5, fills: holding.controllers.map(colors.color), title: title)
            labels.reserve(x: point.x - 7, y: point.y - 7, width: 14, height: 14)
        }
        for holding in map.holdings {
            guard let point = projection.point(holding.place) else { continue }
            if let spot = labels.place(holding.place.name, near: point, size: 12) {
                svg.text(holding.place.name, x: spot.x, y: spot.y, size: 12, weight: "bold", fill: "#222222", halo: true)
            }
        }
        // The largest other places, in grey, where there is room.
        for place in map.places.prefix(400) where !heldIDs.contains(place.id) && ["city", "town"].contains(place.kind) {
            guard let point = projection.point(place), let spot = labels.place(place.name, near: point, size: 10) else { continue }
            svg.text(place.name, x: spot.x, y: spot.y, size: 10, fill: "#777777", halo: true)
        }
        drawLegend(&svg, map: map, colors: colors)
        drawTimeline(&svg, map: map, lanes: lanes, colors: colors, top: timelineTop)
        svg.close()
        return svg.text
    }

    private static func drawLegend(_ svg: inout SVGWriter, map: ControlMap, colors: FactionColors) {
        var y = mapTop + 10
        svg.text("Holder at \(map.asOf)", x: legendLeft, y: y + 4, size: 14, weight: "bold")
        y += 24
        for key in colors.ordered {
            let count = map.holdings.filter { $0.controllers.contains(key) }.count
            svg.circle(x: legendLeft + 7, y: y, r: 6.5, fill: colors.color(key), stroke: "#333333")
            svg.text("\(colors.name(key)) (\(count))", x: legendLeft + 20, y: y + 4, size: 12)
            y += 20
        }
        svg.marker(x: legendLeft + 7, y: y, r: 6.5, fills: ["#ffffff", "#999999"], title: nil)
        svg.text("two halves: conflicting claims of one day", x: legendLeft + 20, y: y + 4, size: 12)
        y += 20
        svg.circle(x: legendLeft + 7, y: y, r: 1.6, fill: "#a9a9a9")
        svg.text("place without a known holder", x: legendLeft + 20, y: y + 4, size: 12)
        y += 20
        if !map.unplaced.isEmpty {
            svg.text("Not drawn (no coordinates): " + map.unplaced.map { $0.place.name }.joined(separator: ", "),
                     x: legendLeft, y: y + 4, size: 10, fill: "#666666")
        }
    }

    /// Places with facts, most facts first (then name), at most `maxLanes`, drawn in name order.
    static func timelineLanes(_ map: ControlMap) -> [ControlMap.Holding] {
        let counts = Dictionary(grouping: map.facts, by: \.placeID).mapValues(\.count)
        let chosen = map.holdings.sorted { (counts[$0.place.id] ?? 0, $1.place.name) > (counts[$1.place.id] ?? 0, $0.place.name) }
            .prefix(maxLanes)
        return chosen.sorted { ($0.place.name, $0.place.id) < ($1.place.name, $1.place.id) }
    }

    private static func drawTimeline(_ svg: inout SVGWriter, map: ControlMap, lanes: [ControlMap.Holding], colors: FactionColors, top: Double) {
        svg.text("Changes of hands up to \(map.asOf)" + (map.holdings.count > lanes.count ? " (the \(lanes.count) places with most facts)" : ""),
                 x: mapLeft, y: top - 18, size: 14, weight: "bold")
        guard !lanes.isEmpty, let first = map.facts.map(\.day).min() else {
            svg.text("no change of hands is recorded in \(map.admin1) up to \(map.asOf)", x: mapLeft, y: top + 4, size: 12, fill: "#666666")
            return
        }
        let left = mapLeft + laneLabelWidth, right = width - 30
        let start = Days.number(first) - 15, end = Days.number(map.asOf) + 15
        let scale = (right - left) / Double(max(end - start, 1))
        func x(_ day: String) -> Double { left + Double(Days.number(day) - start) * scale }
        let bottom = top + Double(lanes.count) * laneHeight
        for (index, holding) in lanes.enumerated() {
            let y = top + Double(index) * laneHeight
            svg.text(holding.place.name, x: left - 6, y: y + 12, size: 11, anchor: "end")
            svg.rect(x: left, y: y + 2, width: right - left, height: laneHeight - 4, fill: "#f1f1f1")
            let facts = map.facts.filter { $0.placeID == holding.place.id }
            let days = Array(Set(facts.map(\.day))).sorted()
            for (dayIndex, day) in days.enumerated() {
                let until = dayIndex + 1 < days.count ? days[dayIndex + 1] : nil
                let holders = Array(Set(facts.filter { $0.day == day }.map(\.controller))).sorted()
                let x0 = x(day), x1 = until.map(x) ?? x(map.asOf)
                let share = (laneHeight - 4) / Double(holders.count)
                for (k, holder) in holders.enumerated() {
                    svg.rect(x: x0, y: y + 2 + Double(k) * share, width: max(x1 - x0, 2), height: share, fill: colors.color(holder),
                             title: "\(holding.place.name): \(colors.name(holder)) from \(day)")
                }
                svg.line(x1: x0, y1: y + 1, x2: x0, y2: y + laneHeight - 1, stroke: "#222222", width: 1)
            }
        }
        // Axis: years (or months when the span is short), and the map's day.
        svg.line(x1: left, y1: bottom + 2, x2: right, y2: bottom + 2, stroke: "#555555", width: 1)
        for tick in Days.ticks(from: start, to: end) {
            let tx = left + Double(tick.day - start) * scale
            svg.line(x1: tx, y1: bottom + 2, x2: tx, y2: bottom + 7, stroke: "#555555", width: 1)
            svg.text(tick.label, x: tx, y: bottom + 19, size: 10, fill: "#555555", anchor: "middle")
        }
        let asOfX = x(map.asOf)
        svg.line(x1: asOfX, y1: top - 4, x2: asOfX, y2: bottom + 2, stroke: "#cc0000", width: 1.2, dash: "4 3")
        svg.text(map.asOf, x: asOfX, y: bottom + 34, size: 10, fill: "#cc0000", anchor: "middle")
    }
}

/// Colours by faction: a hue per side (government red, opposition green, jihadist dark grey,
/// Kurdish yellow, coalition blue, …), a different shade for each faction of a side.
struct FactionColors {
    static let shades: [String: [String]] = [
        "government": ["#d7301f", "#fc8d59", "#b30000", "#fdbb84"],
        "opposition": ["#238b45", "#74c476", "#00441b", "#a1d99b"],
        "jihadist": ["#252525", "#737373", "#525252", "#969696"],
        "kurdish": ["#fec44f", "#d95f0e", "#fee391", "#993404"],
        "coalition": ["#2171b5", "#6baed6", "#08519c", "#9ecae1"],
        "turkey": ["#41b6c4", "#1d91c0", "#7fcdbb"],
        "israel": ["#807dba", "#54278f"],
        "civilians": ["#f768a1", "#c51b8a"],
    ]
    static let others = ["#8c6d31", "#bd9e39", "#e7969c", "#843c39", "#17becf", "#bcbd22"]

    let ordered: [String]
    private let colors: [String: String]
    private let names: [String: String]

    init(_ map: ControlMap) {
        ordered = map.factions.keys.sorted { (map.factions[$0]!.side ?? "~", $0) < (map.factions[$1]!.side ?? "~", $1) }
        var colors: [String: String] = [:]
        var used: [String: Int] = [:]
        var otherIndex = 0
        for key in ordered {
            let side = map.factions[key]?.side ?? ""
            if let palette = Self.shades[side], used[side, default: 0] < palette.count {
                colors[key] = palette[used[side, default: 0]]
                used[side, default: 0] += 1
            } else {
                colors[key] = Self.others[otherIndex % Self.others.count]
                otherIndex += 1
            }
        }
        self.colors = colors
        names = map.factions.mapValues(\.name)
    }

    func color(_ key: String) -> String { colors[key] ?? "#999999" }
    func name(_ key: String) -> String { names[key] ?? key }
}

/// Equirectangular: x by longitude scaled by the cosine of the middle latitude, y by latitude,
/// fitted with a margin to the places given.
struct Projection {
    let height: Double
    private let minLon, maxLat, scale, xScale, offsetX, offsetY: Double

    init(_ places: [ControlMap.Place], width: Double, maxHeight: Double) {
        let points = places.compactMap { place in place.latitude.flatMap { lat in place.longitude.map { (lat, $0) } } }
        var minLat = points.map(\.0).min() ?? 0, maxLat = points.map(\.0).max() ?? 1
        var minLon = points.map(\.1).min() ?? 0, maxLon = points.map(\.1).max() ?? 1
        if maxLat - minLat < 0.05 { minLat -= 0.05; maxLat += 0.05 }
        if maxLon - minLon < 0.05 { minLon -= 0.05; maxLon += 0.05 }
        let padLat = (maxLat - minLat) * 0.06, padLon = (maxLon - minLon) * 0.06
        minLat -= padLat; maxLat += padLat; minLon -= padLon; maxLon += padLon
        xScale = cos((minLat + maxLat) / 2 * .pi / 180)
        let spanX = (maxLon - minLon) * xScale, spanY = maxLat - minLat
        var scale = width / spanX
        var height = spanY * scale
        if height > maxHeight { scale = maxHeight / spanY; height = maxHeight }
        self.height = max(height, 200)
        self.scale = scale
        self.minLon = minLon
        self.maxLat = maxLat
        offsetX = ControlMapSVG.mapLeft + (width - spanX * scale) / 2
        offsetY = ControlMapSVG.mapTop + (self.height - spanY * scale) / 2
    }

    func point(_ place: ControlMap.Place) -> (x: Double, y: Double)? {
        guard let lat = place.latitude, let lon = place.longitude else { return nil }
        return (offsetX + (lon - minLon) * xScale * scale, offsetY + (maxLat - lat) * scale)
    }
}

/// Andrew's monotone chain: the outline of a set of points, for the governorate's shape.
enum ConvexHull {
    static func of(_ points: [(x: Double, y: Double)]) -> [(x: Double, y: Double)] {
        let sorted = points.sorted { ($0.x, $0.y) < ($1.x, $1.y) }
        guard sorted.count >= 3 else { return sorted }
        func cross(_ o: (x: Double, y: Double), _ a: (x: Double, y: Double), _ b: (x: Double, y: Double)) -> Double {
            (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x)
        }
        var lower: [(x: Double, y: Double)] = [], upper: [(x: Double, y: Double)] = []
        for point in sorted {
            while lower.count >= 2 && cross(lower[lower.count - 2], lower[lower.count - 1], point) <= 0 { lower.removeLast() }
            lower.append(point)
        }
        for point in sorted.reversed() {
            while upper.count >= 2 && cross(upper[upper.count - 2], upper[upper.count - 1], point) <= 0 { upper.removeLast() }
            upper.append(point)
        }
        return Array(lower.dropLast()) + Array(upper.dropLast())
    }
}

/// Greedy label placement: right of the point, else left, above, below; never over another label.
struct LabelPlacer {
    let bounds: (minX: Double, minY: Double, maxX: Double, maxY: Double)
    private var taken: [(x: Double, y: Double, w: Double, h: Double)] = []

    init(bounds: (Double, Double, Double, Double)) { self.bounds = bounds }

    mutating func reserve(x: Double, y: Double, width: Double, height: Double) { taken.append((x, y, width, height)) }

    /// The baseline start of the label, or nil when there is no room.
    mutating func place(_ text: String, near point: (x: Double, y: Double), size: Double) -> (x: Double, y: Double)? {
        let w = Double(text.count) * size * 0.58, h = size
        let candidates = [(point.x + 9, point.y + h / 2 - 1), (point.x - 9 - w, point.y + h / 2 - 1),
                          (point.x - w / 2, point.y - 9), (point.x - w / 2, point.y + 9 + h)]
        for (x, baseline) in candidates {
            let box = (x: x, y: baseline - h, w: w, h: h + 2)
            guard box.x >= bounds.minX + 2, box.y >= bounds.minY + 2, box.x + box.w <= bounds.maxX - 2, box.y + box.h <= bounds.maxY - 2 else { continue }
            if taken.contains(where: { box.x < $0.x + $0.w && $0.x < box.x + box.w && box.y < $0.y + $0.h && $0.y < box.y + box.h }) { continue }
            taken.append(box)
            return (x, baseline)
        }
        return nil
    }
}

/// Days as numbers (days since 1970-01-01) for 'YYYY-MM-DD' text, and axis ticks.
enum Days {
    static func number(_ day: String) -> Int {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return 0 }
        // Days from civil (Howard Hinnant's algorithm).
        let y = parts[1] <= 2 ? parts[0] - 1 : parts[0], m = parts[1], d = parts[2]
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// First days of years (or of months for spans under two years) within the range.
    static func ticks(from start: Int, to end: Int) -> [(day: Int, label: String)] {
        let firstYear = 1970 + start / 366, lastYear = 1970 + end / 365 + 1
        let monthly = end - start < 730
        var ticks: [(day: Int, label: String)] = []
        for year in max(firstYear - 1, 1900)...lastYear {
            for month in monthly ? Array(1...12) : [1] {
                let day = number(String(format: "%04d-%02d-01", year, month))
                guard day >= start && day <= end else { continue }
                ticks.append((day, monthly ? String(format: "%04d-%02d", year, month) : String(year)))
            }
        }
        if monthly && ticks.count > 12 { ticks = ticks.enumerated().filter { $0.offset % 3 == 0 }.map(\.element) }
        return ticks
    }
}
