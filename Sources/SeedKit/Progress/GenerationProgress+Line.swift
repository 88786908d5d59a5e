extension GenerationProgress {
    /// The progress line's text: `2/20 restaurants · 812/7,300 days · 41,250 rows/s · 1:12 left`.
    public func line(elapsed: Duration) -> String {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = seconds > 0 ? Int(Double(rows) / seconds) : 0
        var parts = ["\(restaurantsDone)/\(restaurants) restaurants"]
        if days > 0 { parts.append("\(Self.grouped(daysDone))/\(Self.grouped(days)) days") }
        parts.append("\(Self.grouped(rate)) rows/s")
        let done = fraction
        if finishing {
            parts.append("finishing: keys, indexes, commit")
        } else if done > 0.01 && seconds > 0.5 {
            parts.append(Self.clockText(seconds * (1 - done) / done) + " left")
        }
        return parts.joined(separator: " · ")
    }

    /// `7,300`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// `0:07`, `12:30`, `1:02:03`.
    static func clockText(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.up))
        let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
        let two = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(two(minutes)):\(two(secs))" : "\(minutes):\(two(secs))"
    }
}
