// Unit conversion: the factor between two units of one kind (`km` and `m`, `minutes` and `hours`, `cm^2` and `mm^2`).

/// Converts between common units of length, mass, time, volume, money and speed, so `1.5\text{ km}` equals
/// `1500\text{ m}`. Factors are exact rationals relative to one base unit per kind; `^2`/`^3` raise them.
enum UnitConversion {
    struct Unit { let kind: String; let numerator: Int; let denominator: Int }

    private static func table(_ kind: String, _ entries: [([String], Int, Int)]) -> [(String, Unit)] {
        entries.flatMap { names, numerator, denominator in names.map { ($0, Unit(kind: kind, numerator: numerator, denominator: denominator)) } }
    }

    /// Unit names as the normaliser reports them (lower-case, spaces removed), with their factor to the kind's base.
    static let units: [String: Unit] = Dictionary(uniqueKeysWithValues:
        table("length", [
            (["mm", "millimeter", "millimeters", "millimetre", "millimetres"], 1, 1),
            (["cm", "centimeter", "centimeters", "centimetre", "centimetres"], 10, 1),
            (["m", "meter", "meters", "metre", "metres"], 1_000, 1),
            (["km", "kilometer", "kilometers", "kilometre", "kilometres"], 1_000_000, 1),
            (["in", "inch", "inches"], 254, 10),
            (["ft", "foot", "feet"], 3_048, 10),
            (["yd", "yard", "yards"], 9_144, 10),
            (["mi", "mile", "miles"], 1_609_344, 1),
        ]) + table("mass", [
            (["mg", "milligram", "milligrams"], 1, 1_000),
            (["g", "gram", "grams"], 1, 1),
            (["kg", "kilogram", "kilograms"], 1_000, 1),
            (["lb", "lbs", "pound", "pounds"], 45_359_237, 100_000),
            (["oz", "ounce", "ounces"], 45_359_237, 1_600_000),
        ]) + table("time", [
            (["s", "sec", "secs", "second", "seconds", "seconden", "sekunden", "segundos", "secondi", "secondes", "sekund"], 1, 1),
            (["min", "mins", "minute", "minutes", "minuten", "minuto", "minutos", "minuti", "minut", "minuty"], 60, 1),
            (["h", "hr", "hrs", "hour", "hours", "uur", "stunde", "stunden", "hora", "horas", "ora", "ore", "heure", "heures",
              "godzina", "godziny", "godzin"], 3_600, 1),
            (["day", "days"], 86_400, 1),
            (["week", "weeks"], 604_800, 1),
        ]) + table("volume", [
            (["ml", "milliliter", "milliliters", "millilitre", "millilitres", "cc"], 1, 1),
            (["l", "liter", "liters", "litre", "litres"], 1_000, 1),
            // US liquid measures: a gallon is 231 cubic inches, 3,785.411784 ml.
            (["gal", "gallon", "gallons"], 473_176_473, 125_000),
            (["qt", "quart", "quarts"], 473_176_473, 500_000),
            (["pt", "pint", "pints"], 473_176_473, 1_000_000),
        ]) + table("money", [
            // The hundredth of a currency in other languages ("5,4 centesimi", "12 céntimos") is a cent.
            (["cent", "cents", "centesimi", "centesimo", "centimes", "centime", "céntimos", "céntimo", "centavos", "centavo"], 1, 1),
            (["dollar", "dollars"], 100, 1),
        ]) + table("speed", [
            (["m/s", "m/sec", "meterspersecond", "metrespersecond", "meterpersecond", "metrepersecond", "meters/second",
              "metres/second", "m/second"], 18, 5),
            (["km/h", "km/hr", "km/jam", "km/時", "kph", "kmh", "kilometersperhour", "kilometresperhour", "kilometerperhour", "kilometreperhour",
              "km/hour", "kilometers/hour", "kilometres/hour"], 1, 1),
            (["mph", "mi/h", "mi/hr", "milesperhour", "mileperhour", "miles/hour", "mile/hour", "miles/hr"], 1_609_344, 1_000_000),
            (["ft/s", "ft/sec", "feetpersecond", "feet/second"], 109_728, 100_000),
        ]))

    /// One name for the spellings of one unit that the table does not convert: `units^2` and `sq units` are `square units`.
    static func alias(_ unit: String) -> String {
        switch unit {
        case "units^2", "unit^2", "units^{2}", "squnits", "sq.units", "squareunit": return "squareunits"
        case "units^3", "unit^3", "units^{3}", "cubicunit": return "cubicunits"
        default: return unit
        }
    }

    /// The factor that turns a quantity in `from` into one in `to` (as numerator and denominator), when both are known
    /// units of one kind with the same power (`cm^2` and `mm^2`); nil otherwise.
    static func factor(from: String, to: String) -> (numerator: Int, denominator: Int)? {
        let (fromName, fromPower) = splitPower(from), (toName, toPower) = splitPower(to)
        // A cube of a length is a volume: `cm^3` = `mL`, `1000 \text{ cm}^3` = `1 \text{ L}`.
        if let a = volume(fromName, fromPower), let b = volume(toName, toPower), fromPower != toPower {
            let (n, overflowN) = a.numerator.multipliedReportingOverflow(by: b.denominator)
            let (d, overflowD) = a.denominator.multipliedReportingOverflow(by: b.numerator)
            guard !overflowN, !overflowD else { return nil }
            let divisor = Rational.gcd(abs(n), abs(d))
            return (n / divisor, d / divisor)
        }
        guard fromPower == toPower, let a = units[fromName], let b = units[toName], a.kind == b.kind else { return nil }
        // from → base: × a.n / a.d; base → to: × b.d / b.n.
        var numerator = 1, denominator = 1
        for _ in 0..<fromPower {
            let (n, overflowN) = numerator.multipliedReportingOverflow(by: a.numerator * b.denominator)
            let (d, overflowD) = denominator.multipliedReportingOverflow(by: a.denominator * b.numerator)
            guard !overflowN, !overflowD else { return nil }
            numerator = n
            denominator = d
        }
        return (numerator, denominator)
    }

    /// A volume unit (power 1) or the cube of a length, as millilitres per unit; nil for anything else.
    private static func volume(_ name: String, _ power: Int) -> (numerator: Int, denominator: Int)? {
        guard let unit = units[name] else { return nil }
        if unit.kind == "volume", power == 1 { return (unit.numerator, unit.denominator) }
        guard unit.kind == "length", power == 3 else { return nil }
        // millimetres per unit, cubed; 1,000 mm³ = 1 mL.
        let (n2, o1) = unit.numerator.multipliedReportingOverflow(by: unit.numerator)
        let (n3, o2) = n2.multipliedReportingOverflow(by: unit.numerator)
        let (d3, o3) = (unit.denominator * unit.denominator).multipliedReportingOverflow(by: unit.denominator * 1_000)
        guard !o1, !o2, !o3 else { return nil }
        return (n3, d3)
    }

    /// `cm^2` → (`cm`, 2); `m` → (`m`, 1).
    static func splitPower(_ unit: String) -> (String, Int) {
        let cleaned = unit.replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: "")
        if cleaned.hasSuffix("^2") { return (String(cleaned.dropLast(2)), 2) }
        if cleaned.hasSuffix("^3") { return (String(cleaned.dropLast(2)), 3) }
        if cleaned.hasPrefix("square") { return (String(cleaned.dropFirst(6)), 2) }
        if cleaned.hasPrefix("sq") { return (String(cleaned.dropFirst(2)), 2) }
        if cleaned.hasPrefix("cubic") { return (String(cleaned.dropFirst(5)), 3) }
        return (cleaned, 1)
    }

    /// A quantity in two units of one kind, larger first (`3 \text{ hours } 20 \text{ minutes}`, `5 feet 6 inches`,
    /// `1 hour and 30 minutes`), as one number in the smaller unit: `(3)*60/1+(20)\text{ minutes}`; nil otherwise.
    static func compoundQuantity(_ text: String) -> String? {
        guard text.utf8.count <= 120, text.utf8.contains(where: { $0 >= 97 && $0 <= 122 }), mayBeCompound(Array(text.utf8)) else { return nil }
        let separators = ["\\text{", "\\mathrm{", "\\textrm{", "\\mbox{", "\\textnormal{", "}", "\\,", "\\ ", "~", ","]
        var words = text
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII text: the same replacements, in the same order, on bytes (Foundation's are far slower).
            var bytes = Array(text.utf8)
            for separator in separators { Bytes.replaceAll(&bytes, Array(separator.utf8), with: [32]) }
            words = Bytes.string(bytes)
        } else {
            for separator in separators { words = words.replacingOccurrences(of: separator, with: " ") }
        }
        let tokens = words.split(separator: " ").map(String.init).filter { $0 != "and" && $0 != "$" }
        guard tokens.count == 4, let first = Double(tokens[0]), let second = Double(tokens[2]),
              first >= 0, second >= 0, tokens[0].utf8.allSatisfy({ Bytes.isDigit($0) || $0 == 46 }),
              tokens[2].utf8.allSatisfy({ Bytes.isDigit($0) || $0 == 46 }),
              let large = units[tokens[1].lowercased()], let small = units[tokens[3].lowercased()],
              large.kind == small.kind, large.kind != "money",
              let factor = factor(from: tokens[1].lowercased(), to: tokens[3].lowercased()),
              factor.numerator > factor.denominator else { return nil }
        return "(\(tokens[0]))*\(factor.numerator)/\(factor.denominator)+(\(tokens[2]))\\text{ \(tokens[3])}"
    }

    /// A cheap test before `compoundQuantity`: exactly two runs of digits, the first followed (after spaces) by a letter
    /// or a `\text{`-like wrapper.
    private static func mayBeCompound(_ bytes: [UInt8]) -> Bool {
        var runs = 0
        var index = 0
        var firstRunEnd = -1
        while index < bytes.count {
            if Bytes.isDigit(bytes[index]) {
                runs += 1
                while index < bytes.count, Bytes.isDigit(bytes[index]) || bytes[index] == 46 { index += 1 }
                if runs == 1 { firstRunEnd = index }
                if runs > 2 { return false }
            } else { index += 1 }
        }
        guard runs == 2 else { return false }
        var cursor = firstRunEnd
        while cursor < bytes.count, bytes[cursor] == 32 || bytes[cursor] == 126 { cursor += 1 }
        guard cursor < bytes.count else { return false }
        if Bytes.isLetter(bytes[cursor]) { return true }
        return bytes[cursor] == 92 && (Bytes.hasPrefix(bytes, at: cursor, Array("\\text".utf8))
            || Bytes.hasPrefix(bytes, at: cursor, Array("\\mathrm".utf8)) || Bytes.hasPrefix(bytes, at: cursor, Array("\\mbox".utf8))
            || Bytes.hasPrefix(bytes, at: cursor, Array("\\,".utf8)) || Bytes.hasPrefix(bytes, at: cursor, Array("\\ ".utf8)))
    }
}
