// A small hand-written SVG chart: linear axes with "nice" ticks, grid lines, axis labels, a title and subtitle, a legend,
// series drawn as lines and/or markers, error bars or shaded bands, and an optional zero line. Categorical x axes
// (e.g. students sorted by size) are supported by giving category labels for x = 0, 1, 2, …
import Foundation

/// One plotted point; `low`/`high` draw an error bar (or band) when present.
public struct ChartPoint: Sendable, Hashable {
    /// Horizontal value (a category index on categorical axes).
    public var x: Double
    /// Vertical value.
    public var y: Double
    /// Lower end of the error bar or band.
    public var low: Double?
    /// Upper end of the error bar or band.
    public var high: Double?
    public init(x: Double, y: Double, low: Double? = nil, high: Double? = nil) {
        self.x = x; self.y = y; self.low = low; self.high = high
    }
}

/// A named series.
public struct ChartSeries: Sendable, Hashable {
    /// Legend text.
    public var name: String
    /// The points, in any order (drawn sorted by x).
    public var points: [ChartPoint]
    /// Join the points with a line.
    public var line: Bool
    /// Draw a marker at each point.
    public var markers: Bool
    /// Draw low/high as a shaded band instead of error bars.
    public var band: Bool
    public init(name: String, points: [ChartPoint], line: Bool = true, markers: Bool = true, band: Bool = false) {
        self.name = name; self.points = points; self.line = line; self.markers = markers; self.band = band
    }
}

/// A chart ready to render.
public struct Chart: Sendable {
    /// Bold first line.
    public var title: String
    /// A second line under the title, e.g. what the error bars are.
    public var subtitle: String
    /// Horizontal axis label.
    public var xLabel: String
    /// Vertical axis label.
    public var yLabel: String
    /// The series, coloured in order.
    public var series: [ChartSeries]
    /// Labels for x = 0, 1, …; nil for a numeric x axis.
    public var categories: [String]?
    /// Draw y = 0 as a dark dashed line (and keep 0 in range).
    public var zeroLine: Bool
    /// Minimum width in points (long legends widen it).
    public var width: Double = 760
    /// Height in points.
    public var height: Double = 460

    public init(title: String, subtitle: String, xLabel: String, yLabel: String, series: [ChartSeries],
                categories: [String]? = nil, zeroLine: Bool = false) {
        self.title = title; self.subtitle = subtitle; self.xLabel = xLabel; self.yLabel = yLabel; self.series = series
        self.categories = categories; self.zeroLine = zeroLine
    }

    /// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
    static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]
    static let markerShapes = ["circle", "square", "diamond", "triangle"]

    /// The chart as a standalone SVG document.
    public func svg() -> String { svg(origin: nil) }

    /// The legend's width: long series names widen the chart rather than being cut off.
    var legendWidth: Double { min(360.0, max(120.0, Double(series.map(\.name.count).max() ?? 8) * 7.4 + 40)) }

    /// The drawn width: at least `width`, and at least 520 points of plot beside the legend.
    var totalWidth: Double { max(width, 78 + 520 + legendWidth + 24) }

    /// Several charts stacked in one SVG (e.g. one panel per student), under a common title.
    public static func panels(_ charts: [Chart], title: String, subtitle: String) -> String {
        let width = charts.map(\.totalWidth).max() ?? 760
        let height = 56 + charts.map(\.height).reduce(0, +)
        var svg = """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(svgNumber(width))" height="\(svgNumber(height))" \
        viewBox="0 0 \(svgNumber(width)) \(svgNumber(height))" font-family="Helvetica, Arial, sans-serif" font-size="12">
        <rect x="0" y="0" width="\(svgNumber(width))" height="\(svgNumber(height))" fill="#ffffff"/>
        <text x="78" y="24" font-size="17" font-weight="bold">\(xmlEscaped(title))</text>
        <text x="78" y="44" font-size="12" fill="#444444">\(xmlEscaped(subtitle))</text>

        """
        var y = 56.0
        for chart in charts {
            svg += chart.svg(origin: (0, y))
            y += chart.height
        }
        return svg + "</svg>\n"
    }

    /// The chart as a root document (origin nil) or as a nested panel placed at `origin`.
    func svg(origin: (x: Double, y: Double)?) -> String {
        let width = totalWidth
        let rotateLabels = (categories?.count ?? 0) > 5
        let left = 78.0, right = legendWidth + 24, top = 64.0, bottom = rotateLabels ? 118.0 : 72.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom

        // Ranges.
        var xs: [Double] = [], ys: [Double] = []
        for s in series { for p in s.points { xs.append(p.x); ys += [p.y, p.low ?? p.y, p.high ?? p.y] } }
        if zeroLine { ys.append(0) }
        var xMin = xs.min() ?? 0, xMax = xs.max() ?? 1
        if let categories { xMin = -0.5; xMax = Double(max(categories.count, 1)) - 0.5 }
        let yTicks = Chart.niceTicks(low: ys.min() ?? 0, high: ys.max() ?? 1)
        let xTicks = categories == nil ? Chart.niceTicks(low: xMin, high: xMax) : []
        if categories == nil, let first = xTicks.first, let last = xTicks.last {
            // A little room at both ends keeps markers and error bars off the axes.
            let pad = 0.03 * (last - first)
            xMin = first - pad; xMax = last + pad
        }
        let yMin = yTicks.first!, yMax = yTicks.last!
        func px(_ x: Double) -> Double { left + (xMax == xMin ? 0.5 : (x - xMin) / (xMax - xMin)) * plotWidth }
        func py(_ y: Double) -> Double { top + (1 - (yMax == yMin ? 0.5 : (y - yMin) / (yMax - yMin))) * plotHeight }

        let opening = origin.map { "<svg x=\"\(svgNumber($0.x))\" y=\"\(svgNumber($0.y))\" " }
            ?? "<svg xmlns=\"http://www.w3.org/2000/svg\" "
        let size = "width=\"\(svgNumber(width))\" height=\"\(svgNumber(height))\""
        var svg = """
        \(opening)\(size) viewBox="0 0 \(svgNumber(width)) \(svgNumber(height))" \
        font-family="Helvetica, Arial, sans-serif" font-size="12">
        <rect x="0" y="0" width="\(svgNumber(width))" height="\(svgNumber(height))" fill="#ffffff"/>
        <text x="\(svgNumber(left))" y="24" font-size="16" font-weight="bold">\(xmlEscaped(title))</text>
        <text x="\(svgNumber(left))" y="44" font-size="12" fill="#444444">\(xmlEscaped(subtitle))</text>

        """
        // Grid and y ticks.
        let bottomY = top + plotHeight, rightX = left + plotWidth
        for tick in yTicks {
            let y = py(tick)
            svg += Chart.line(left, y, rightX, y, stroke: "#e3e3e3")
            svg += Chart.text(left - 8, y + 4, Chart.tickText(tick, ticks: yTicks), attributes: " text-anchor=\"end\"")
        }
        // x ticks.
        if let categories {
            for (index, label) in categories.enumerated() {
                let x = px(Double(index))
                svg += Chart.line(x, bottomY, x, bottomY + 5, stroke: "#333333")
                if rotateLabels {
                    let y = bottomY + 16
                    let rotation = " text-anchor=\"end\" transform=\"rotate(-35 \(svgNumber(x)) \(svgNumber(y)))\""
                    svg += Chart.text(x, y, xmlEscaped(label), attributes: rotation)
                } else {
                    svg += Chart.text(x, bottomY + 20, xmlEscaped(label), attributes: " text-anchor=\"middle\"")
                }
            }
        } else {
            for tick in xTicks {
                let x = px(tick)
                svg += Chart.line(x, top, x, bottomY, stroke: "#f0f0f0")
                svg += Chart.line(x, bottomY, x, bottomY + 5, stroke: "#333333")
                svg += Chart.text(x, bottomY + 20, Chart.tickText(tick, ticks: xTicks), attributes: " text-anchor=\"middle\"")
            }
        }
        // Axes, zero line and labels.
        svg += Chart.line(left, bottomY, rightX, bottomY, stroke: "#333333")
        svg += Chart.line(left, top, left, bottomY, stroke: "#333333")
        if zeroLine {
            svg += Chart.line(left, py(0), rightX, py(0), stroke: "#222222",
                              attributes: " stroke-width=\"1.2\" stroke-dasharray=\"6 4\"")
        }
        svg += Chart.text(left + plotWidth / 2, height - 14, xmlEscaped(xLabel),
                          attributes: " text-anchor=\"middle\" font-size=\"13\"")
        let yLabelX = 20.0, yLabelY = top + plotHeight / 2
        svg += Chart.text(yLabelX, yLabelY, xmlEscaped(yLabel), attributes: " text-anchor=\"middle\" font-size=\"13\" "
                          + "transform=\"rotate(-90 \(svgNumber(yLabelX)) \(svgNumber(yLabelY)))\"")

        // Series. On categorical axes, dodge series sideways so their error bars do not overlap.
        let dodgeStep = categories == nil ? 0 : min(0.12, 0.6 / Double(max(series.count, 1)))
        for (index, s) in series.enumerated() {
            let color = Chart.palette[index % Chart.palette.count]
            let dodge = (Double(index) - Double(series.count - 1) / 2) * dodgeStep
            let points = s.points.sorted { $0.x < $1.x }
            let coordinates = points.map { (px($0.x + dodge), py($0.y)) }
            svg += "<g class=\"series\" data-name=\"\(xmlEscaped(s.name))\">\n"
            if s.band {
                let banded = points.filter { $0.low != nil && $0.high != nil }
                if banded.count > 1 {
                    let outline = banded.map { (px($0.x + dodge), py($0.high!)) }
                        + banded.reversed().map { (px($0.x + dodge), py($0.low!)) }
                    svg += "<polygon points=\"\(Chart.pointList(outline))\" fill=\"\(color)\" fill-opacity=\"0.18\" "
                        + "stroke=\"none\"/>\n"
                }
            } else {
                let barWidth = " stroke-width=\"1.5\""
                for point in points {
                    guard let low = point.low, let high = point.high else { continue }
                    let x = px(point.x + dodge)
                    svg += Chart.line(x, py(low), x, py(high), stroke: color, attributes: barWidth)
                    for y in [low, high] { svg += Chart.line(x - 5, py(y), x + 5, py(y), stroke: color, attributes: barWidth) }
                }
            }
            if s.line, coordinates.count > 1 {
                svg += "<polyline points=\"\(Chart.pointList(coordinates))\" fill=\"none\" stroke=\"\(color)\" "
                    + "stroke-width=\"2\"/>\n"
            }
            if s.markers {
                for (x, y) in coordinates { svg += Chart.marker(index: index, x: x, y: y, color: color) + "\n" }
            }
            svg += "</g>\n"
        }

        // Legend.
        let legendX = left + plotWidth + 20
        for (index, s) in series.enumerated() {
            let color = Chart.palette[index % Chart.palette.count]
            let y = top + 12 + Double(index) * 20
            svg += Chart.line(legendX, y, legendX + 22, y, stroke: color, attributes: " stroke-width=\"2\"")
            svg += Chart.marker(index: index, x: legendX + 11, y: y, color: color) + "\n"
            svg += Chart.text(legendX + 30, y + 4, xmlEscaped(s.name))
        }
        svg += "</svg>\n"
        return svg
    }

    /// One `<line>` element and a newline; `attributes` start with a space.
    static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, attributes: String = "") -> String {
        "<line x1=\"\(svgNumber(x1))\" y1=\"\(svgNumber(y1))\" x2=\"\(svgNumber(x2))\" y2=\"\(svgNumber(y2))\" "
            + "stroke=\"\(stroke)\"\(attributes)/>\n"
    }

    /// One `<text>` element and a newline; `content` is already XML-escaped, `attributes` start with a space.
    static func text(_ x: Double, _ y: Double, _ content: String, attributes: String = "") -> String {
        "<text x=\"\(svgNumber(x))\" y=\"\(svgNumber(y))\"\(attributes)>\(content)</text>\n"
    }

    /// `x1,y1 x2,y2 …` for polygon and polyline points.
    static func pointList(_ points: [(Double, Double)]) -> String {
        points.map { "\(svgNumber($0.0)),\(svgNumber($0.1))" }.joined(separator: " ")
    }

    static func marker(index: Int, x: Double, y: Double, color: String) -> String {
        switch markerShapes[(index / palette.count + index) % markerShapes.count] {
        case "square":
            return "<rect x=\"\(svgNumber(x - 4))\" y=\"\(svgNumber(y - 4))\" width=\"8\" height=\"8\" fill=\"\(color)\"/>"
        case "diamond":
            let corners = [(x, y - 5.5), (x + 5.5, y), (x, y + 5.5), (x - 5.5, y)]
            return "<polygon points=\"\(pointList(corners))\" fill=\"\(color)\"/>"
        case "triangle":
            return "<polygon points=\"\(pointList([(x, y - 5.5), (x + 5, y + 4), (x - 5, y + 4)]))\" fill=\"\(color)\"/>"
        default:
            return "<circle cx=\"\(svgNumber(x))\" cy=\"\(svgNumber(y))\" r=\"4.5\" fill=\"\(color)\"/>"
        }
    }

    /// About five round tick values (1, 2 or 5 × 10^k apart) covering [low, high].
    static func niceTicks(low: Double, high: Double) -> [Double] {
        var low = low, high = high
        if low == high { low -= 1; high += 1 }
        let rawStep = (high - low) / 5
        let magnitude = pow(10, (log10(rawStep)).rounded(.down))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rawStep } ?? 10 * magnitude
        let first = (low / step).rounded(.down) * step
        let last = (high / step).rounded(.up) * step
        let count = Int(((last - first) / step).rounded())
        return (0...count).map { first + Double($0) * step }
    }

    /// A tick value with just enough decimals for the tick spacing.
    static func tickText(_ value: Double, ticks: [Double]) -> String {
        let step = ticks.count > 1 ? abs(ticks[1] - ticks[0]) : 1
        let decimals = step >= 1 ? 0 : Int((-log10(step)).rounded(.up))
        return NumberText.fixed(value, decimals).replacingOccurrences(of: "-", with: "−")
    }
}

/// Two-decimal SVG coordinates keep files small and golden outputs stable.
func svgNumber(_ value: Double) -> String { NumberText.fixed(value, 2) }

/// Escapes text for SVG/XML.
func xmlEscaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
}
